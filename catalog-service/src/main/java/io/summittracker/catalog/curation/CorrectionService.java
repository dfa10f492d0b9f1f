package io.summittracker.catalog.curation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.summittracker.catalog.api.CatalogVersion;
import io.summittracker.catalog.outcome.Outcome;
import io.summittracker.catalog.outcome.OutcomeResource;
import io.summittracker.catalog.person.Person;
import io.summittracker.catalog.problem.ProblemException;
import io.summittracker.catalog.statement.Statement;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.summittracker.catalog.ingest.ProcessedEvent;
import io.summittracker.events.CloudEvent;
import io.summittracker.events.CorrectionEvents;
import io.summittracker.events.CorrectionSubmitted;
import io.summittracker.events.DocumentEvents;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Applies editors' corrections and keeps them: each names its target by a natural key that survives
 * re-extraction (a document and an evidence span; a person and a role), so {@link #reapplyFor} can apply
 * it again whenever a document's facts are replaced.
 */
@ApplicationScoped
public class CorrectionService {

    static final Set<String> KINDS = Set.of("merge-people", "edit-role", "outcome-status", "retag", "hide-statement");

    @Inject
    EntityManager em;
    @Inject
    CatalogVersion version;
    @Inject
    @Channel("corrections-out")
    MutinyEmitter<String> emitter;

    @Transactional
    public Correction submit(CorrectionRequest request, String editor) {
        if (request == null || request.kind() == null || !KINDS.contains(request.kind())) {
            throw new ProblemException(400, "Unknown kind", "kind must be one of " + String.join(", ", KINDS.stream().sorted().toList()) + ".");
        }
        Correction c = new Correction();
        c.kind = request.kind();
        c.editor = editor;
        c.note = request.note();
        c.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        ObjectNode target = DocumentEvents.mapper().createObjectNode();
        ObjectNode change = DocumentEvents.mapper().createObjectNode();
        ObjectNode before = DocumentEvents.mapper().createObjectNode();
        switch (request.kind()) {
            case "merge-people" -> {
                Person kept = person(request.person(), "person");
                Person merged = person(request.source(), "source");
                if (kept.id.equals(merged.id)) {
                    throw new ProblemException(400, "Nothing to merge", "source and person are the same person.");
                }
                target.put("person", kept.id).put("source", merged.id);
                before.put("source", merged.name).set("aliases", DocumentEvents.mapper().valueToTree(kept.aliases));
            }
            case "edit-role" -> {
                Person p = person(request.person(), "person");
                require(request.title(), "title");
                if (request.newTitle() == null && request.newOrganization() == null && request.former() == null && request.period() == null) {
                    throw new ProblemException(400, "Nothing to change", "Give newTitle, newOrganization, former or period.");
                }
                long roles = countRoles(p.id, request.title(), request.organization());
                if (roles == 0) {
                    throw new ProblemException(404, "No such role", p.name + " has no role '" + request.title() + "'"
                            + (request.organization() == null ? "" : " at " + request.organization()) + ".");
                }
                target.put("person", p.id).put("title", request.title()).put("organization", request.organization());
                change.put("title", request.newTitle()).put("organization", request.newOrganization()).put("period", request.period());
                if (request.former() != null) {
                    change.put("former", request.former());
                }
                before.put("title", request.title()).put("organization", request.organization());
            }
            case "outcome-status" -> {
                Outcome o = Outcome.findById(require(request.outcome(), "outcome"));
                if (o == null) {
                    throw new ProblemException(404, "No such outcome", "No outcome " + request.outcome() + ".");
                }
                if (request.status() == null || !OutcomeResource.STATUSES.contains(request.status())) {
                    throw new ProblemException(400, "Unknown status", "status must be one of " + String.join(", ", OutcomeResource.STATUSES.stream().sorted().toList()) + ".");
                }
                span(target, o.documentId, o.evidenceStart, o.evidenceEnd).put("type", "outcome");
                change.put("status", request.status());
                before.put("status", o.status);
            }
            case "retag" -> {
                if (request.topics() == null) {
                    throw new ProblemException(400, "No topics", "Give the topics (slugs) the fact should have; [] removes all.");
                }
                for (String slug : request.topics()) {
                    if (em.find(io.summittracker.catalog.topic.Topic.class, slug) == null) {
                        throw new ProblemException(400, "Unknown topic", "No topic " + slug + "; see /api/v1/topics.");
                    }
                }
                if (request.statement() != null) {
                    Statement s = statement(request.statement());
                    span(target, s.documentId, s.evidenceStart, s.evidenceEnd).put("type", "statement");
                    before.set("topics", DocumentEvents.mapper().valueToTree(s.topics));
                } else {
                    Outcome o = Outcome.findById(require(request.outcome(), "statement or outcome"));
                    if (o == null) {
                        throw new ProblemException(404, "No such outcome", "No outcome " + request.outcome() + ".");
                    }
                    span(target, o.documentId, o.evidenceStart, o.evidenceEnd).put("type", "outcome");
                    before.set("topics", DocumentEvents.mapper().valueToTree(o.topics));
                }
                change.set("topics", DocumentEvents.mapper().valueToTree(new ArrayList<>(new LinkedHashSet<>(request.topics()))));
            }
            case "hide-statement" -> {
                Statement s = statement(request.statement());
                span(target, s.documentId, s.evidenceStart, s.evidenceEnd).put("type", "statement");
                change.put("hidden", request.hidden() == null || request.hidden());
                before.put("hidden", s.hidden);
            }
            default -> throw new IllegalStateException(request.kind());
        }
        CorrectionSubmitted data = new CorrectionSubmitted(UUID.randomUUID().toString(), request.kind(), map(target), map(change),
                map(before), editor, request.note(), OffsetDateTime.now(ZoneOffset.UTC));
        Correction stored = store(CorrectionEvents.submitted(data));
        publish(data);
        return stored;
    }

    /**
     * Applies a correction that arrived from the log (published by any replica, or replayed by a rebuild);
     * one already applied is skipped. Returns false for such a duplicate.
     */
    @Transactional
    public boolean applyFromLog(CloudEvent<CorrectionSubmitted> event) {
        if (ProcessedEvent.findById(event.id()) != null) {
            return false;
        }
        store(event);
        return true;
    }

    private Correction store(CloudEvent<CorrectionSubmitted> event) {
        CorrectionSubmitted data = event.data();
        Correction c = new Correction();
        c.kind = data.kind();
        c.editor = data.editor();
        c.note = data.note();
        c.createdAt = data.createdAt();
        c.eventId = data.id();
        c.target = write(data.target());
        c.change = write(data.change());
        c.before = write(data.before());
        c.after = c.change;
        c.persist();
        ProcessedEvent processed = new ProcessedEvent();
        processed.eventId = event.id();
        processed.documentId = String.valueOf(data.target().getOrDefault("documentId", "-"));
        processed.processedAt = OffsetDateTime.now(ZoneOffset.UTC);
        processed.persist();
        em.flush();
        apply(c);
        version.bump();
        return c;
    }

    /** Sends the correction to the log and waits for Kafka's acknowledgement; failing that, the correction is not kept. */
    private void publish(CorrectionSubmitted data) {
        Object key = data.target().getOrDefault("documentId", data.target().get("person"));
        try {
            emitter.sendMessage(Message.of(CorrectionEvents.toJson(data)).addMetadata(
                    OutgoingKafkaRecordMetadata.<String>builder().withKey(String.valueOf(key)).build()))
                    .await().atMost(Duration.ofSeconds(15));
        } catch (RuntimeException e) {
            throw new ProblemException(503, "Corrections unavailable", "The correction could not be recorded in the event log; nothing was changed. Try again shortly.");
        }
    }

    /** Applies again, in order, every correction of facts of a document whose facts were just replaced. */
    public void reapplyFor(String documentId, Set<String> people) {
        List<Correction> corrections = em.createNativeQuery("SELECT * FROM correction WHERE target ->> 'documentId' = ?1 "
                + "OR (kind = 'edit-role' AND target ->> 'person' = ANY(CAST(?2 AS text[]))) ORDER BY id", Correction.class)
                .setParameter(1, documentId).setParameter(2, "{" + String.join(",", people.stream().map(p -> "\"" + p + "\"").toList()) + "}")
                .getResultList().stream().map(Correction.class::cast).toList();
        corrections.forEach(this::apply);
    }

    /** The person a merge sends a person to, or the person itself. */
    public String mergedInto(String personId) {
        List<?> target = em.createNativeQuery("SELECT target_id FROM person_merge WHERE source_id = ?1").setParameter(1, personId).getResultList();
        return target.isEmpty() ? personId : (String) target.get(0);
    }

    private void apply(Correction c) {
        ObjectNode t = read(c.target);
        ObjectNode ch = read(c.change);
        switch (c.kind) {
            case "merge-people" -> merge(c, t.path("source").asText(), t.path("person").asText());
            case "edit-role" -> em.createNativeQuery("UPDATE person_role SET title = COALESCE(CAST(?1 AS varchar), title), "
                    + "organization = COALESCE(CAST(?2 AS varchar), organization), former = COALESCE(CAST(?3 AS boolean), former), "
                    + "period = COALESCE(CAST(?4 AS varchar), period), curated = TRUE "
                    + "WHERE person_id = ?5 AND title = ?6 AND organization IS NOT DISTINCT FROM CAST(?7 AS varchar)")
                    .setParameter(1, text(ch, "title")).setParameter(2, text(ch, "organization"))
                    .setParameter(3, ch.has("former") ? ch.get("former").asBoolean() : null).setParameter(4, text(ch, "period"))
                    .setParameter(5, t.path("person").asText()).setParameter(6, t.path("title").asText())
                    .setParameter(7, text(t, "organization")).executeUpdate();
            case "outcome-status" -> onSpan("outcome", "status = ?4", t, ch.path("status").asText());
            case "retag" -> onSpan(t.path("type").asText(), "topics = CAST(?4 AS jsonb)", t, ch.path("topics").toString());
            case "hide-statement" -> onSpan("statement", "hidden = ?4", t, ch.path("hidden").asBoolean());
            default -> throw new IllegalStateException(c.kind);
        }
    }

    private void onSpan(String table, String assignment, ObjectNode target, Object value) {
        String sql = "UPDATE " + ("outcome".equals(table) ? "outcome" : "statement") + " SET " + assignment + ", curated = TRUE "
                + "WHERE document_id = ?1 AND evidence_start = ?2 AND evidence_end = ?3";
        em.createNativeQuery(sql).setParameter(1, target.path("documentId").asText()).setParameter(2, target.path("start").asInt())
                .setParameter(3, target.path("end").asInt()).setParameter(4, value).executeUpdate();
    }

    private void merge(Correction c, String sourceId, String targetId) {
        Person source = Person.findById(sourceId);
        Person kept = Person.findById(targetId);
        em.createNativeQuery("INSERT INTO person_merge (source_id, target_id, correction_id) VALUES (?1, ?2, ?3) "
                + "ON CONFLICT (source_id) DO UPDATE SET target_id = EXCLUDED.target_id")
                .setParameter(1, sourceId).setParameter(2, targetId).setParameter(3, c.id).executeUpdate();
        if (source == null || kept == null) {
            return; // the records do not exist (yet): resolution follows the redirect when they arrive
        }
        Set<String> aliases = new LinkedHashSet<>(kept.aliases);
        aliases.add(source.name);
        aliases.addAll(source.aliases);
        aliases.remove(kept.name);
        kept.aliases = new ArrayList<>(aliases);
        em.flush();
        em.createNativeQuery("UPDATE statement SET person_id = ?2 WHERE person_id = ?1").setParameter(1, sourceId).setParameter(2, targetId).executeUpdate();
        em.createNativeQuery("UPDATE person_role SET person_id = ?2 WHERE person_id = ?1").setParameter(1, sourceId).setParameter(2, targetId).executeUpdate();
        em.createNativeQuery("INSERT INTO document_person (document_id, person_id, local_id) SELECT document_id, ?2, local_id "
                + "FROM document_person WHERE person_id = ?1 ON CONFLICT DO NOTHING").setParameter(1, sourceId).setParameter(2, targetId).executeUpdate();
        em.createNativeQuery("DELETE FROM document_person WHERE person_id = ?1").setParameter(1, sourceId).executeUpdate();
        em.createNativeQuery("DELETE FROM person WHERE id = ?1").setParameter(1, sourceId).executeUpdate();
        em.detach(source);
    }

    private long countRoles(String person, String title, String organization) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM person_role WHERE person_id = ?1 AND title = ?2 "
                + "AND organization IS NOT DISTINCT FROM CAST(?3 AS varchar)")
                .setParameter(1, person).setParameter(2, title).setParameter(3, organization).getSingleResult()).longValue();
    }

    private Person person(String id, String field) {
        Person p = Person.findById(require(id, field));
        if (p == null) {
            throw new ProblemException(404, "No such person", "No person " + id + ".");
        }
        return p;
    }

    private Statement statement(String id) {
        Statement s = Statement.findById(require(id, "statement"));
        if (s == null) {
            throw new ProblemException(404, "No such statement", "No statement " + id + ".");
        }
        return s;
    }

    private static ObjectNode span(ObjectNode target, String documentId, int start, int end) {
        return target.put("documentId", documentId).put("start", start).put("end", end);
    }

    private static String require(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new ProblemException(400, "Missing " + field, "This kind of correction needs " + field + ".");
        }
        return value;
    }

    private static String text(ObjectNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(ObjectNode node) {
        return DocumentEvents.mapper().convertValue(node, Map.class);
    }

    private static String write(Object node) {
        try {
            return DocumentEvents.mapper().writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode read(String json) {
        try {
            return (ObjectNode) DocumentEvents.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
