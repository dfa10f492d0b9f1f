package io.summittracker.catalog.outcome;

import java.util.Map;
import io.summittracker.catalog.api.SortOrder;
import io.summittracker.catalog.api.Lookup;
import io.summittracker.catalog.api.KeysetQuery;
import io.summittracker.catalog.api.Links;
import io.summittracker.catalog.api.Page;
import io.summittracker.catalog.problem.Problem;
import io.summittracker.catalog.problem.ProblemException;
import io.summittracker.catalog.statement.StatementView.Evidence;
import io.summittracker.catalog.summit.Summit;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/outcomes")
@Tag(name = "outcomes", description = "What summits agreed, proposed, rejected or did not reach")
@Produces(MediaType.APPLICATION_JSON)
public class OutcomeResource {

    public static final Set<String> STATUSES = Set.of("agreed", "agreed-in-principle", "proposed", "rejected", "not-reached");

    @Inject
    EntityManager em;

    static final Map<String, String> SORTS = Map.of(
            "date", "COALESCE((SELECT to_char(start_date, 'YYYY-MM-DD') FROM summit WHERE summit.id = outcome.summit_id), '9999')",
            "status", "status");

    @GET
    @Operation(summary = "Outcomes, filtered by status, topic or summit; in summit date order; cursor-paged")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = Page.class)))
    @APIResponse(responseCode = "400", description = "Unknown status, bad limit or cursor", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response list(@Parameter(description = "agreed, agreed-in-principle, proposed, rejected or not-reached", example = "agreed") @QueryParam("status") String status,
            @Parameter(description = "topic slug", example = "arms-control") @QueryParam("topic") String topic,
            @Parameter(description = "summit id", example = "geneva-2021") @QueryParam("summit") String summit,
            @Parameter(description = "date (of the summit, default) or status; -date for the latest first", example = "-date") @QueryParam("sort") String sort,
            @QueryParam("cursor") String cursor, @QueryParam("limit") @DefaultValue("50") int limit, @Context UriInfo uri) {
        if (status != null && !status.isBlank() && !STATUSES.contains(status)) {
            throw new ProblemException(400, "Unknown status", "status must be one of " + String.join(", ", STATUSES.stream().sorted().toList()) + ".");
        }
        Page<OutcomeView> page = new KeysetQuery("outcome", SortOrder.parse(sort, "date", SORTS), "id")
                .where("status = ?", status)
                .where("jsonb_exists(topics, ?)", topic)
                .where("summit_id = ?", summit)
                .page(em, Outcome.class, cursor, limit, OutcomeResource::view);
        return Links.paged(page, uri);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One outcome")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = OutcomeView.class)))
    @APIResponse(responseCode = "404", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public OutcomeView get(@PathParam("id") String id) {
        Outcome o = Lookup.found(Outcome.findById(id), "outcome", id);
        return view(o);
    }

    public static OutcomeView view(Outcome o) {
        Summit summit = o.summitId == null ? null : Summit.findById(o.summitId);
        return new OutcomeView(o.id, o.documentId, o.summitId, summit == null ? null : summit.name,
                summit == null ? null : summit.startDate, o.text, o.status, o.topics,
                Evidence.in(o.documentId, o.evidenceStart, o.evidenceEnd), o.confidence, o.rule, o.curated);
    }
}
