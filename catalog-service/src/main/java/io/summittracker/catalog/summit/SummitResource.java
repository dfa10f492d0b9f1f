package io.summittracker.catalog.summit;

import java.util.Map;
import io.summittracker.catalog.api.SortOrder;
import io.summittracker.catalog.api.Lookup;
import io.summittracker.catalog.api.KeysetQuery;
import io.summittracker.catalog.api.Links;
import io.summittracker.catalog.api.Page;
import io.summittracker.catalog.document.Document;
import io.summittracker.catalog.document.DocumentSummary;
import io.summittracker.catalog.outcome.Outcome;
import io.summittracker.catalog.outcome.OutcomeResource;
import io.summittracker.catalog.problem.Problem;
import io.summittracker.catalog.problem.ProblemException;
import io.summittracker.catalog.statement.Statement;
import io.summittracker.catalog.statement.StatementResource;
import io.summittracker.catalog.export.JsonLd;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/summits")
@Tag(name = "summits", description = "Meetings of heads of state found in the documents")
@Produces(MediaType.APPLICATION_JSON)
public class SummitResource {

    /** A summit that came up with a topic: in a document tagged with it, or in a statement or outcome about it. */
    public static final String HAS_TOPIC = "(EXISTS (SELECT 1 FROM document_summit ds JOIN document_topic dt ON dt.document_id = ds.document_id "
            + "WHERE ds.summit_id = summit.id AND dt.topic_slug = ?) "
            + "OR EXISTS (SELECT 1 FROM statement s WHERE s.summit_id = summit.id AND jsonb_exists(s.topics, ?)) "
            + "OR EXISTS (SELECT 1 FROM outcome o WHERE o.summit_id = summit.id AND jsonb_exists(o.topics, ?)))";

    @Inject
    EntityManager em;
    @Inject
    StatementResource statements;

    /** What summit lists can be sorted by. */
    static final Map<String, String> SORTS = Map.of(
            "date", "COALESCE(to_char(start_date, 'YYYY-MM-DD'), '9999')", "name", "lower(name)", "city", "lower(COALESCE(city, ''))");

    @GET
    @Operation(summary = "Summits in date order, filtered by year range, city, country, leader or topic; cursor-paged")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = Page.class)))
    @APIResponse(responseCode = "400", description = "A filter is malformed", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response list(@Parameter(description = "first year, e.g. 1985", example = "1985") @QueryParam("from") String from,
            @Parameter(description = "last year, e.g. 2021", example = "2021") @QueryParam("to") String to,
            @QueryParam("city") String city, @QueryParam("country") String country,
            @Parameter(description = "part of a leader's name", example = "Gorbachev") @QueryParam("leader") String leader,
            @Parameter(description = "topic slug", example = "arms-control") @QueryParam("topic") String topic,
            @Parameter(description = "date (default), name or city; -date for newest first", example = "-date") @QueryParam("sort") String sort,
            @QueryParam("cursor") String cursor, @QueryParam("limit") @DefaultValue("100") int limit, @Context UriInfo uri) {
        Integer fromYear = year("from", from);
        Integer toYear = year("to", to);
        if (fromYear != null && toYear != null && fromYear > toYear) {
            throw new ProblemException(400, "Bad year range", "from (" + fromYear + ") is after to (" + toYear + ").");
        }
        Page<SummitView> page = new KeysetQuery("summit", SortOrder.parse(sort, "date", SORTS), "id")
                .where("EXTRACT(YEAR FROM start_date) >= ?", fromYear)
                .where("EXTRACT(YEAR FROM start_date) <= ?", toYear)
                .where("lower(city) = lower(?)", city)
                .where("lower(country) = lower(?)", country)
                .where("leaders::text ILIKE ?", leader == null || leader.isBlank() ? null : "%" + leader.strip() + "%")
                .where(HAS_TOPIC, topic)
                .page(em, Summit.class, cursor, limit, SummitView::of);
        return Links.paged(page, uri);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One summit: leaders, participants, agenda topics, outcomes, statements and source documents")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SummitDetail.class)))
    @APIResponse(responseCode = "404", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @SuppressWarnings("unchecked")
    public SummitDetail get(@PathParam("id") String id) {
        Summit s = Lookup.found(Summit.findById(id), "summit", id);
        List<Object[]> participants = em.createNativeQuery("SELECT p.id, p.name, COUNT(*) FROM statement st JOIN person p ON p.id = st.person_id "
                + "WHERE st.summit_id = ?1 AND NOT st.hidden GROUP BY p.id, p.name ORDER BY COUNT(*) DESC, p.name").setParameter(1, id).getResultList();
        List<String> topics = em.createNativeQuery("SELECT DISTINCT t FROM ("
                + "SELECT jsonb_array_elements_text(topics) AS t FROM statement WHERE summit_id = ?1 "
                + "UNION SELECT jsonb_array_elements_text(topics) FROM outcome WHERE summit_id = ?1 "
                + "UNION SELECT dt.topic_slug FROM document_topic dt JOIN document_summit ds ON ds.document_id = dt.document_id WHERE ds.summit_id = ?1"
                + ") x ORDER BY t").setParameter(1, id).getResultList();
        List<DocumentSummary> documents = em.createNativeQuery("SELECT d.* FROM document d JOIN document_summit ds ON ds.document_id = d.id "
                + "WHERE ds.summit_id = ?1 ORDER BY d.published NULLS LAST, d.received_at", Document.class).setParameter(1, id)
                .getResultList().stream().map(d -> DocumentSummary.of((Document) d)).toList();
        return new SummitDetail(s.id, s.name, s.city, s.country, s.startDate, s.endDate, s.leaders, s.fromGazetteer,
                participants.stream().map(r -> new SummitDetail.Participant((String) r[0], (String) r[1], ((Number) r[2]).longValue())).toList(),
                topics,
                Outcome.<Outcome>list("summitId = ?1 order by id", id).stream().map(OutcomeResource::view).toList(),
                Statement.<Statement>list("summitId = ?1 and hidden = false order by documentId, evidenceStart", id).stream().map(statements::view).toList(),
                documents);
    }

    @GET
    @Path("/{id}")
    @Produces("application/ld+json")
    @Operation(summary = "One summit as a schema.org Event (JSON-LD)")
    public String jsonLd(@PathParam("id") String id, @Context UriInfo uri) {
        Summit s = Lookup.found(Summit.findById(id), "summit", id);
        return JsonLd.write("summits", SummitView.of(s), uri);
    }

    private static Integer year(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            int year = Integer.parseInt(value.strip());
            if (year >= 1000 && year <= 9999) {
                return year;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ProblemException(400, "Bad year", name + " must be a four-digit year, not '" + value + "'.");
    }
}
