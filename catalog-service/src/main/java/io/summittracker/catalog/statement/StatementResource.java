package io.summittracker.catalog.statement;

import java.util.Map;
import io.summittracker.catalog.api.SortOrder;
import io.summittracker.catalog.api.KeysetQuery;
import io.summittracker.catalog.api.Links;
import io.summittracker.catalog.api.Page;
import io.summittracker.catalog.person.Person;
import io.summittracker.catalog.problem.Problem;
import io.summittracker.catalog.problem.ProblemException;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/statements")
@Tag(name = "statements", description = "Who said what, about which topic, with the evidence")
@Produces(MediaType.APPLICATION_JSON)
public class StatementResource {

    @Inject
    EntityManager em;

    /** Statements in document order by default, or by the date of their summit (then in document order, as trackers show them). */
    static final Map<String, String> SORTS = Map.of("document", "document_id || lpad(CAST(evidence_start AS text), 10, '0')",
            "date", "COALESCE((SELECT to_char(start_date, 'YYYY-MM-DD') FROM summit WHERE summit.id = statement.summit_id), '9999') "
                    + "|| ' ' || document_id || lpad(CAST(evidence_start AS text), 10, '0')");

    @GET
    @Operation(summary = "Statements, filtered by speaker, topic, summit or document; cursor-paged")
    @APIResponse(responseCode = "200", description = "A page; Link rel=next and X-Total-Count headers",
            content = @Content(schema = @Schema(implementation = Page.class)))
    @APIResponse(responseCode = "400", description = "Bad limit or cursor", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response list(@Parameter(description = "person id", example = "vladimir-putin") @QueryParam("speaker") String speaker,
            @Parameter(description = "topic slug", example = "arms-control") @QueryParam("topic") String topic,
            @Parameter(description = "summit id", example = "geneva-2021") @QueryParam("summit") String summit,
            @Parameter(description = "document id", example = "9176c1cd829f11cd") @QueryParam("document") String document,
            @Parameter(description = "document (default) or date (of the summit); -date for the latest first", example = "-date") @QueryParam("sort") String sort,
            @QueryParam("cursor") String cursor, @QueryParam("limit") @DefaultValue("50") int limit, @Context UriInfo uri) {
        Page<StatementView> page = new KeysetQuery("statement", SortOrder.parse(sort, "document", SORTS), "id")
                .where("hidden = ?", false)
                .where("person_id = ?", speaker)
                .where("jsonb_exists(topics, ?)", topic)
                .where("summit_id = ?", summit)
                .where("document_id = ?", document)
                .page(em, Statement.class, cursor, limit, this::view);
        return Links.paged(page, uri);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One statement")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = StatementView.class)))
    @APIResponse(responseCode = "404", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public StatementView get(@PathParam("id") String id) {
        Statement s = Statement.findById(id);
        if (s == null || s.hidden) {
            throw new ProblemException(404, "Not found", "No statement " + id + ".");
        }
        return view(s);
    }

    public StatementView view(Statement s) {
        Person speaker = s.personId == null ? null : Person.findById(s.personId);
        return new StatementView(s.id, s.documentId, s.personId, speaker == null ? null : speaker.name, s.summitId, s.topics,
                s.text, s.kind, StatementView.Evidence.in(s.documentId, s.evidenceStart, s.evidenceEnd), s.confidence, s.rule, s.curated);
    }
}
