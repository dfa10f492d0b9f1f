package io.summittracker.catalog.timeline;

import io.summittracker.catalog.api.NativeSql;
import io.summittracker.catalog.problem.Problem;
import io.summittracker.catalog.problem.ProblemException;
import io.summittracker.catalog.summit.SummitResource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/timeline")
@Tag(name = "timeline", description = "Summits and dated documents in date order")
@Produces(MediaType.APPLICATION_JSON)
public class TimelineResource {

    /** The timeline: every entry in date order. */
    public record Timeline(List<TimelineEntry> items) {
    }

    @Inject
    EntityManager em;

    /** Native queries return java.time or java.sql dates depending on the driver and Hibernate versions. */
    private static LocalDate date(Object value) {
        return value instanceof Date sql ? sql.toLocalDate() : (LocalDate) value;
    }

    @GET
    @Operation(summary = "Summits and dated documents in date order, filtered by year range, topic or leader")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = Timeline.class)))
    @APIResponse(responseCode = "400", description = "from is after to", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @SuppressWarnings("unchecked")
    public Timeline timeline(@QueryParam("from") Integer from, @QueryParam("to") Integer to,
            @QueryParam("topic") String topic, @QueryParam("leader") String leader) {
        if (from != null && to != null && from > to) {
            throw new ProblemException(400, "Bad year range", "from (" + from + ") is after to (" + to + ").");
        }
        List<Object> params = new ArrayList<>();
        StringBuilder summitWhere = new StringBuilder("start_date IS NOT NULL");
        if (topic != null && !topic.isBlank()) {
            summitWhere.append(" AND ").append(SummitResource.HAS_TOPIC);
            params.addAll(List.of(topic, topic, topic));
        }
        if (leader != null && !leader.isBlank()) {
            summitWhere.append(" AND leaders::text ILIKE ?");
            params.add("%" + leader.strip() + "%");
        }
        List<TimelineEntry> entries = new ArrayList<>();
        List<Object[]> summits = NativeSql.query(em, "SELECT id, name, start_date FROM summit WHERE " + summitWhere, params).getResultList();
        summits.forEach(r -> entries.add(new TimelineEntry(date(r[2]), "summit", (String) r[0], (String) r[1], (String) r[0], List.of())));

        List<Object> docParams = new ArrayList<>();
        StringBuilder docWhere = new StringBuilder("d.published IS NOT NULL");
        if (topic != null && !topic.isBlank()) {
            docWhere.append(" AND EXISTS (SELECT 1 FROM document_topic dt WHERE dt.document_id = d.id AND dt.topic_slug = ?)");
            docParams.add(topic);
        }
        if (leader != null && !leader.isBlank()) {
            docWhere.append(" AND EXISTS (SELECT 1 FROM document_summit ds JOIN summit s ON s.id = ds.summit_id "
                    + "WHERE ds.document_id = d.id AND s.leaders::text ILIKE ?)");
            docParams.add("%" + leader.strip() + "%");
        }
        List<Object[]> documents = NativeSql.query(em, "SELECT d.id, d.title, d.published, "
                + "(SELECT MIN(ds.summit_id) FROM document_summit ds WHERE ds.document_id = d.id), "
                + "(SELECT string_agg(topic_slug, ',' ORDER BY topic_slug) FROM document_topic dt WHERE dt.document_id = d.id) "
                + "FROM document d WHERE " + docWhere, docParams).getResultList();
        documents.forEach(r -> entries.add(new TimelineEntry(date(r[2]), "document", (String) r[0], (String) r[1],
                (String) r[3], r[4] == null ? List.of() : Arrays.asList(((String) r[4]).split(",")))));

        return new Timeline(entries.stream()
                .filter(e -> from == null || e.date().getYear() >= from)
                .filter(e -> to == null || e.date().getYear() <= to)
                .sorted(Comparator.comparing(TimelineEntry::date).thenComparing(TimelineEntry::kind, Comparator.reverseOrder()).thenComparing(TimelineEntry::id))
                .toList());
    }

}
