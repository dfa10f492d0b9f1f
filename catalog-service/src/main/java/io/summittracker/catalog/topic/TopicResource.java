package io.summittracker.catalog.topic;

import io.summittracker.catalog.outcome.Outcome;
import io.summittracker.catalog.outcome.OutcomeResource;
import io.summittracker.catalog.problem.Problem;
import io.summittracker.catalog.statement.Statement;
import io.summittracker.catalog.statement.StatementResource;
import io.summittracker.catalog.summit.Summit;
import io.summittracker.catalog.summit.SummitResource;
import io.summittracker.catalog.problem.ProblemException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import io.summittracker.catalog.api.Page;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/topics")
@Tag(name = "topics", description = "The agenda topics (issue trackers)")
@Produces(MediaType.APPLICATION_JSON)
public class TopicResource {

    /** A topic with how many documents discuss it. */
    public record TopicView(String slug, String label, String description, long documents) {
    }

    @Inject
    EntityManager em;

    @GET
    @Operation(summary = "Topics, busiest first (the taxonomy is small: one page holds them all)")
    @SuppressWarnings("unchecked")
    public Page<TopicView> list() {
        List<Object[]> rows = em.createNativeQuery("SELECT t.slug, t.label, t.description, COUNT(dt.document_id) "
                + "FROM topic t LEFT JOIN document_topic dt ON dt.topic_slug = t.slug "
                + "GROUP BY t.slug, t.label, t.description ORDER BY COUNT(dt.document_id) DESC, t.slug").getResultList();
        List<TopicView> topics = rows.stream().map(r -> new TopicView((String) r[0], (String) r[1], (String) r[2], ((Number) r[3]).longValue())).toList();
        return new Page<>(topics, topics.size(), null);
    }

    @GET
    @Path("/matrix")
    @Operation(summary = "The issue-tracker matrix: for each topic, the furthest status it reached at each summit where it came up")
    @SuppressWarnings("unchecked")
    public TopicMatrix matrix() {
        List<Summit> summits = Summit.<Summit>list("order by startDate nulls last, id");
        Map<String, Map<String, List<String>>> statuses = new HashMap<>();
        List<Object[]> raised = em.createNativeQuery("SELECT dt.topic_slug, ds.summit_id FROM document_topic dt "
                + "JOIN document_summit ds ON ds.document_id = dt.document_id "
                + "UNION SELECT jsonb_array_elements_text(topics), summit_id FROM statement WHERE summit_id IS NOT NULL").getResultList();
        raised.forEach(r -> statuses.computeIfAbsent((String) r[0], k -> new HashMap<>()).computeIfAbsent((String) r[1], k -> new ArrayList<>()));
        List<Object[]> outcomes = em.createNativeQuery("SELECT jsonb_array_elements_text(topics), summit_id, status FROM outcome "
                + "WHERE summit_id IS NOT NULL").getResultList();
        outcomes.forEach(r -> statuses.computeIfAbsent((String) r[0], k -> new HashMap<>())
                .computeIfAbsent((String) r[1], k -> new ArrayList<>()).add((String) r[2]));
        List<TopicMatrix.Row> rows = Topic.<Topic>list("order by slug").stream().map(t -> {
            Map<String, String> cells = new LinkedHashMap<>();
            statuses.getOrDefault(t.slug, Map.of()).forEach((summit, list) -> cells.put(summit, IssueStatus.furthest(list)));
            return new TopicMatrix.Row(t.slug, t.label, cells);
        }).toList();
        return new TopicMatrix(summits.stream().map(s -> new TopicMatrix.Column(s.id, s.name, s.startDate)).toList(), rows);
    }

    @GET
    @Path("/{slug}")
    @Operation(summary = "The issue tracker of one topic: summits where it came up, outcomes with status in date order, statements, current status")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = TopicTracker.class)))
    @APIResponse(responseCode = "404", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @SuppressWarnings("unchecked")
    public TopicTracker get(@PathParam("slug") String slug) {
        Topic topic = Topic.findById(slug);
        if (topic == null) {
            throw new ProblemException(404, "Not found", "No topic " + slug + "; see /api/v1/topics for the list.");
        }
        List<Outcome> outcomes = em.createNativeQuery("SELECT o.* FROM outcome o LEFT JOIN summit s ON s.id = o.summit_id "
                + "WHERE jsonb_exists(o.topics, ?1) ORDER BY s.start_date NULLS LAST, o.id", Outcome.class).setParameter(1, slug).getResultList();
        // Only the inlined statements are loaded; the rest are counted (per summit, and in all).
        List<Statement> statements = em.createNativeQuery("SELECT st.* FROM statement st LEFT JOIN summit s ON s.id = st.summit_id "
                + "WHERE jsonb_exists(st.topics, ?1) AND NOT st.hidden ORDER BY s.start_date NULLS LAST, st.document_id, st.evidence_start "
                + "LIMIT " + TopicTracker.INLINE_STATEMENTS, Statement.class)
                .setParameter(1, slug).getResultList();
        Map<String, Long> statementsPerSummit = new HashMap<>();
        long statementsTotal = 0;
        for (Object[] row : (List<Object[]>) em.createNativeQuery("SELECT summit_id, COUNT(*) FROM statement "
                + "WHERE jsonb_exists(topics, ?1) AND NOT hidden GROUP BY summit_id").setParameter(1, slug).getResultList()) {
            long count = ((Number) row[1]).longValue();
            statementsTotal += count;
            if (row[0] != null) {
                statementsPerSummit.put((String) row[0], count);
            }
        }
        List<Summit> summits = em.createNativeQuery("SELECT * FROM summit WHERE " + SummitResource.HAS_TOPIC.replace("?", "?1")
                + " ORDER BY start_date NULLS LAST, id", Summit.class).setParameter(1, slug).getResultList();
        List<TopicTracker.SummitStatus> perSummit = summits.stream().map(s -> new TopicTracker.SummitStatus(s.id, s.name, s.startDate,
                IssueStatus.furthest(outcomes.stream().filter(o -> s.id.equals(o.summitId)).map(o -> o.status).toList()),
                outcomes.stream().filter(o -> s.id.equals(o.summitId)).count(),
                statementsPerSummit.getOrDefault(s.id, 0L))).toList();
        long documents = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM document_topic WHERE topic_slug = ?1")
                .setParameter(1, slug).getSingleResult()).longValue();
        String current = perSummit.isEmpty() ? null : perSummit.get(perSummit.size() - 1).status();
        return new TopicTracker(topic.slug, topic.label, topic.description, current, perSummit,
                outcomes.stream().map(OutcomeResource::view).toList(),
                statements.stream().map(statementViews::view).toList(), statementsTotal, documents);
    }

    @Inject
    StatementResource statementViews;
}
