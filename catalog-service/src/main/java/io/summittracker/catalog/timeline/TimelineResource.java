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
    public Timeline timeline(@QueryParam("from") Integer from, @QueryParam("to") Integer to,
            @QueryParam("topic") String topic, @QueryParam("leader") String leader) {
        if (from != null && to != null && from > to) {
            throw new ProblemException(400, "Bad year range", "from (" + from + ") is after to (" + to + ").");
        }
        boolean byTopic = topic != null && !topic.isBlank();
        boolean byLeader = leader != null && !leader.isBlank();
        String like = byLeader ? "%" + leader.strip() + "%" : null;
        List<TimelineEntry> entries = new ArrayList<>();
        entries.addAll(summits(new Where("start_date IS NOT NULL")
                .and(byTopic, SummitResource.HAS_TOPIC, topic, topic, topic)
                .and(byLeader, "leaders::text ILIKE ?", like)));
        entries.addAll(outcomes(new Where("s.start_date IS NOT NULL")
                .and(byTopic, "jsonb_exists(o.topics, ?)", topic)
                .and(byLeader, "s.leaders::text ILIKE ?", like)));
        entries.addAll(events(new Where("TRUE")
                .and(byTopic, "jsonb_exists(e.topics, ?)", topic)
                .and(byLeader, "(e.text ILIKE ? OR s.leaders::text ILIKE ?)", like, like)));
        entries.addAll(documents(new Where("d.published IS NOT NULL")
                .and(byTopic, "EXISTS (SELECT 1 FROM document_topic dt WHERE dt.document_id = d.id AND dt.topic_slug = ?)", topic)
                .and(byLeader, "EXISTS (SELECT 1 FROM document_summit ds JOIN summit s ON s.id = ds.summit_id "
                        + "WHERE ds.document_id = d.id AND s.leaders::text ILIKE ?)", like)));
        return new Timeline(entries.stream()
                .filter(e -> from == null || e.date().getYear() >= from)
                .filter(e -> to == null || e.date().getYear() <= to)
                .sorted(Comparator.comparing(TimelineEntry::date).thenComparing(TimelineEntry::kindOrder).thenComparing(TimelineEntry::id))
                .toList());
    }

    /** Summits with their agenda topics (those of their statements, outcomes and documents). */
    @SuppressWarnings("unchecked")
    private List<TimelineEntry> summits(Where where) {
        List<Object[]> rows = NativeSql.query(em, "SELECT id, name, start_date, (SELECT string_agg(t, ',' ORDER BY t) FROM ("
                + "SELECT jsonb_array_elements_text(st.topics) AS t FROM statement st WHERE st.summit_id = summit.id AND NOT st.hidden "
                + "UNION SELECT jsonb_array_elements_text(o.topics) FROM outcome o WHERE o.summit_id = summit.id "
                + "UNION SELECT dt.topic_slug FROM document_topic dt JOIN document_summit ds ON ds.document_id = dt.document_id "
                + "WHERE ds.summit_id = summit.id) agenda) FROM summit WHERE " + where.sql(), where.params()).getResultList();
        return rows.stream().map(r -> new TimelineEntry(date(r[2]), TimelineEntry.SUMMIT, (String) r[0], (String) r[1], (String) r[0],
                slugs(r[3]), null, null, null)).toList();
    }

    /**
     * What the summits agreed, proposed or failed to reach: one entry per distinct outcome (several documents
     * may report the same one; a curated one is preferred), dated by its summit.
     */
    @SuppressWarnings("unchecked")
    private List<TimelineEntry> outcomes(Where where) {
        List<Object[]> rows = NativeSql.query(em, "SELECT DISTINCT ON (o.summit_id, lower(o.text)) o.id, o.text, s.start_date, o.summit_id, "
                + "(SELECT string_agg(t, ',' ORDER BY t) FROM jsonb_array_elements_text(o.topics) t), o.status, o.document_id "
                + "FROM outcome o JOIN summit s ON s.id = o.summit_id WHERE " + where.sql()
                + " ORDER BY o.summit_id, lower(o.text), o.curated DESC, o.id", where.params()).getResultList();
        return rows.stream().map(r -> new TimelineEntry(date(r[2]), TimelineEntry.OUTCOME, (String) r[0], (String) r[1], (String) r[3],
                slugs(r[4]), (String) r[5], null, (String) r[6])).toList();
    }

    /** Other dated happenings the documents report: discussions, meetings, signings, calls, announcements. */
    @SuppressWarnings("unchecked")
    private List<TimelineEntry> events(Where where) {
        List<Object[]> rows = NativeSql.query(em, "SELECT e.id, e.text, e.event_date, e.summit_id, "
                + "(SELECT string_agg(t, ',' ORDER BY t) FROM jsonb_array_elements_text(e.topics) t), e.category, e.document_id "
                + "FROM dated_event e LEFT JOIN summit s ON s.id = e.summit_id WHERE " + where.sql(), where.params()).getResultList();
        return rows.stream().map(r -> new TimelineEntry(date(r[2]), TimelineEntry.EVENT, (String) r[0], (String) r[1], (String) r[3],
                slugs(r[4]), null, (String) r[5], (String) r[6])).toList();
    }

    /** Documents dated by their publication, with the first summit and the topics they are about. */
    @SuppressWarnings("unchecked")
    private List<TimelineEntry> documents(Where where) {
        List<Object[]> rows = NativeSql.query(em, "SELECT d.id, d.title, d.published, "
                + "(SELECT MIN(ds.summit_id) FROM document_summit ds WHERE ds.document_id = d.id), "
                + "(SELECT string_agg(topic_slug, ',' ORDER BY topic_slug) FROM document_topic dt WHERE dt.document_id = d.id) "
                + "FROM document d WHERE " + where.sql(), where.params()).getResultList();
        return rows.stream().map(r -> new TimelineEntry(date(r[2]), TimelineEntry.DOCUMENT, (String) r[0], (String) r[1],
                (String) r[3], slugs(r[4]), null, null, (String) r[0])).toList();
    }
}
