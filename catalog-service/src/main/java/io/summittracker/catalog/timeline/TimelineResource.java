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
@Tag(name = "timeline", description = "Summits, their outcomes, other dated events and dated documents in date order")
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

    private static List<String> slugs(Object commaSeparated) {
        return commaSeparated == null ? List.of() : Arrays.asList(((String) commaSeparated).split(","));
    }

    @GET
    @Operation(summary = "Summits, their outcomes, other dated events and dated documents in date order, filtered by year range, topic or leader",
            description = "Entries are of kind summit (with its agenda topics), outcome (what a summit agreed, proposed, rejected "
                    + "or did not reach, dated by the summit, with its status), event (a discussion, meeting, signing, call or "
                    + "announcement a document reports, with its category and source document) and document (dated by its publication).")
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
        List<Object[]> summits = NativeSql.query(em, "SELECT id, name, start_date, (SELECT string_agg(t, ',' ORDER BY t) FROM ("
                + "SELECT jsonb_array_elements_text(st.topics) AS t FROM statement st WHERE st.summit_id = summit.id AND NOT st.hidden "
                + "UNION SELECT jsonb_array_elements_text(o.topics) FROM outcome o WHERE o.summit_id = summit.id "
                + "UNION SELECT dt.topic_slug FROM document_topic dt JOIN document_summit ds ON ds.document_id = dt.document_id "
                + "WHERE ds.summit_id = summit.id) agenda) FROM summit WHERE " + summitWhere, params).getResultList();
        summits.forEach(r -> entries.add(new TimelineEntry(date(r[2]), TimelineEntry.SUMMIT, (String) r[0], (String) r[1], (String) r[0],
                slugs(r[3]), null, null, null)));

        // What the summits agreed, proposed or failed to reach: one entry per distinct outcome (several documents
        // may report the same one), dated by its summit.
        List<Object> outcomeParams = new ArrayList<>();
        StringBuilder outcomeWhere = new StringBuilder("s.start_date IS NOT NULL");
        if (topic != null && !topic.isBlank()) {
            outcomeWhere.append(" AND jsonb_exists(o.topics, ?)");
            outcomeParams.add(topic);
        }
        if (leader != null && !leader.isBlank()) {
            outcomeWhere.append(" AND s.leaders::text ILIKE ?");
            outcomeParams.add("%" + leader.strip() + "%");
        }
        List<Object[]> outcomes = NativeSql.query(em, "SELECT DISTINCT ON (o.summit_id, lower(o.text)) o.id, o.text, s.start_date, o.summit_id, "
                + "(SELECT string_agg(t, ',' ORDER BY t) FROM jsonb_array_elements_text(o.topics) t), o.status, o.document_id "
                + "FROM outcome o JOIN summit s ON s.id = o.summit_id WHERE " + outcomeWhere
                + " ORDER BY o.summit_id, lower(o.text), o.curated DESC, o.id", outcomeParams).getResultList();
        outcomes.forEach(r -> entries.add(new TimelineEntry(date(r[2]), TimelineEntry.OUTCOME, (String) r[0], (String) r[1], (String) r[3],
                slugs(r[4]), (String) r[5], null, (String) r[6])));

        // Other dated happenings the documents report: discussions, meetings, signings, calls, announcements.
        List<Object> eventParams = new ArrayList<>();
        StringBuilder eventWhere = new StringBuilder("TRUE");
        if (topic != null && !topic.isBlank()) {
            eventWhere.append(" AND jsonb_exists(e.topics, ?)");
            eventParams.add(topic);
        }
        if (leader != null && !leader.isBlank()) {
            eventWhere.append(" AND (e.text ILIKE ? OR s.leaders::text ILIKE ?)");
            eventParams.add("%" + leader.strip() + "%");
            eventParams.add("%" + leader.strip() + "%");
        }
        List<Object[]> events = NativeSql.query(em, "SELECT e.id, e.text, e.event_date, e.summit_id, "
                + "(SELECT string_agg(t, ',' ORDER BY t) FROM jsonb_array_elements_text(e.topics) t), e.category, e.document_id "
                + "FROM dated_event e LEFT JOIN summit s ON s.id = e.summit_id WHERE " + eventWhere, eventParams).getResultList();
        events.forEach(r -> entries.add(new TimelineEntry(date(r[2]), TimelineEntry.EVENT, (String) r[0], (String) r[1], (String) r[3],
                slugs(r[4]), null, (String) r[5], (String) r[6])));

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
        documents.forEach(r -> entries.add(new TimelineEntry(date(r[2]), TimelineEntry.DOCUMENT, (String) r[0], (String) r[1],
                (String) r[3], slugs(r[4]), null, null, (String) r[0])));

        return new Timeline(entries.stream()
                .filter(e -> from == null || e.date().getYear() >= from)
                .filter(e -> to == null || e.date().getYear() <= to)
                .sorted(Comparator.comparing(TimelineEntry::date).thenComparing(TimelineEntry::kindOrder).thenComparing(TimelineEntry::id))
                .toList());
    }

}
