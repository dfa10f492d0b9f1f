package io.summittracker.catalog.ingest;

import io.summittracker.catalog.curation.CorrectionService;
import io.summittracker.catalog.outcome.Outcome;
import io.summittracker.catalog.person.Person;
import io.summittracker.catalog.person.PersonResolver;
import io.summittracker.catalog.person.PersonRole;
import io.summittracker.catalog.statement.Statement;
import io.summittracker.catalog.summit.Summit;
import io.summittracker.catalog.timeline.DatedEvent;
import io.summittracker.catalog.topic.TopicTaxonomy;
import io.summittracker.events.extraction.EventRef;
import io.summittracker.events.extraction.Extraction;
import io.summittracker.events.extraction.OrganizationRef;
import io.summittracker.events.extraction.OutcomeRef;
import io.summittracker.events.extraction.PersonRef;
import io.summittracker.events.extraction.Role;
import io.summittracker.events.extraction.StatementRef;
import io.summittracker.events.extraction.SummitRef;
import io.summittracker.events.extraction.TopicRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes the facts of one document's extraction into the catalog: shared records (summits, people,
 * organisations, topics) are merged, the document's own facts (roles, statements, outcomes, links) replaced.
 * Runs inside the caller's transaction.
 */
@ApplicationScoped
public class FactsApplier {

    private static final List<String> PER_DOCUMENT_TABLES = List.of("statement", "outcome", "dated_event", "person_role",
            "document_summit", "document_person", "document_organization", "document_topic");

    @Inject
    EntityManager em;
    @Inject
    PersonResolver people;
    @Inject
    TopicTaxonomy taxonomy;
    @Inject
    CorrectionService corrections;

    public void replace(String documentId, Extraction extraction) {
        em.flush();
        for (String table : PER_DOCUMENT_TABLES) {
            em.createNativeQuery("DELETE FROM " + table + " WHERE document_id = ?1").setParameter(1, documentId).executeUpdate();
        }
        if (extraction == null) {
            return;
        }
        Set<String> summitIds = new LinkedHashSet<>();
        for (SummitRef ref : nullSafe(extraction.summits())) {
            summitIds.add(mergeSummit(ref).id);
            link("document_summit", "summit_id", documentId, ref.id());
        }
        Map<String, String> personIds = new HashMap<>();
        for (PersonRef ref : nullSafe(extraction.people())) {
            if (ref.name() == null || ref.name().isBlank()) {
                continue;
            }
            Person person = people.resolve(ref);
            personIds.put(ref.id(), person.id);
            em.flush();
            em.createNativeQuery("INSERT INTO document_person (document_id, person_id, local_id) VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING")
                    .setParameter(1, documentId).setParameter(2, person.id).setParameter(3, ref.id()).executeUpdate();
            for (Role role : nullSafe(ref.roles())) {
                addRole(documentId, person.id, role);
            }
        }
        for (OrganizationRef ref : nullSafe(extraction.organizations())) {
            em.createNativeQuery("INSERT INTO organization (id, name, kind) VALUES (?1, ?2, ?3) "
                    + "ON CONFLICT (id) DO UPDATE SET kind = COALESCE(organization.kind, EXCLUDED.kind)")
                    .setParameter(1, ref.id()).setParameter(2, ref.name()).setParameter(3, ref.kind()).executeUpdate();
            link("document_organization", "organization_id", documentId, ref.id());
        }
        for (TopicRef ref : nullSafe(extraction.topics())) {
            taxonomy.ensure(ref.slug());
            em.createNativeQuery("INSERT INTO document_topic (document_id, topic_slug, confidence) VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING")
                    .setParameter(1, documentId).setParameter(2, ref.slug()).setParameter(3, (float) ref.confidence()).executeUpdate();
        }
        for (StatementRef ref : nullSafe(extraction.statements())) {
            addStatement(documentId, ref, personIds, summitIds);
        }
        for (OutcomeRef ref : nullSafe(extraction.outcomes())) {
            addOutcome(documentId, ref, summitIds);
        }
        for (EventRef ref : nullSafe(extraction.events())) {
            addEvent(documentId, ref, summitIds);
        }
        em.flush();
        corrections.reapplyFor(documentId, new java.util.HashSet<>(personIds.values()));
    }

    private Summit mergeSummit(SummitRef ref) {
        Summit summit = Summit.findById(ref.id());
        boolean isNew = summit == null;
        if (isNew) {
            summit = new Summit();
            summit.id = ref.id();
            summit.leaders = new ArrayList<>();
        }
        // A gazetteer entry is authoritative; text-only summits fill what is still missing.
        boolean authoritative = ref.fromGazetteer() || summit.name == null;
        summit.name = authoritative && ref.name() != null ? ref.name() : summit.name;
        summit.city = pick(authoritative, ref.city(), summit.city);
        summit.country = pick(authoritative, ref.country(), summit.country);
        summit.startDate = pick(authoritative, date(ref.date()), summit.startDate);
        summit.endDate = pick(authoritative, date(ref.end()), summit.endDate);
        Set<String> leaders = new LinkedHashSet<>(summit.leaders);
        leaders.addAll(nullSafe(ref.leaders()));
        summit.leaders = new ArrayList<>(leaders);
        summit.fromGazetteer |= ref.fromGazetteer();
        if (summit.name == null) {
            summit.name = summit.city != null ? summit.city + " summit" : summit.id;
        }
        if (isNew) {
            summit.persist();
        }
        return summit;
    }

    private void addRole(String documentId, String personId, Role role) {
        if (role.title() == null || role.title().isBlank()) {
            return;
        }
        PersonRole r = new PersonRole();
        r.personId = personId;
        r.documentId = documentId;
        r.title = role.title();
        r.organization = role.organization();
        r.former = role.former();
        r.period = role.period();
        r.evidenceStart = role.evidence() == null ? null : role.evidence().start();
        r.evidenceEnd = role.evidence() == null ? null : role.evidence().end();
        r.confidence = (float) role.confidence();
        r.rule = role.rule();
        r.persist();
    }

    private void addStatement(String documentId, StatementRef ref, Map<String, String> personIds, Set<String> summitIds) {
        if (ref.evidence() == null) {
            return;
        }
        Statement s = new Statement();
        s.id = documentId + ":" + ref.id();
        s.documentId = documentId;
        s.personId = ref.speaker() == null ? null : personIds.get(ref.speaker().id());
        s.summitId = summitIds.contains(ref.summit()) ? ref.summit() : null;
        s.text = ref.text() != null ? ref.text() : ref.evidence().text();
        s.kind = ref.kind();
        s.topics = nullSafe(ref.topics());
        s.evidenceStart = ref.evidence().start();
        s.evidenceEnd = ref.evidence().end();
        s.confidence = (float) ref.confidence();
        s.rule = ref.rule();
        s.persist();
    }

    private void addOutcome(String documentId, OutcomeRef ref, Set<String> summitIds) {
        if (ref.evidence() == null) {
            return;
        }
        Outcome o = new Outcome();
        o.id = documentId + ":" + ref.id();
        o.documentId = documentId;
        o.summitId = summitIds.contains(ref.summitId()) ? ref.summitId() : null;
        o.text = ref.text() != null ? ref.text() : ref.evidence().text();
        o.status = ref.status();
        o.topics = nullSafe(ref.topics());
        o.evidenceStart = ref.evidence().start();
        o.evidenceEnd = ref.evidence().end();
        o.confidence = (float) ref.confidence();
        o.rule = ref.rule();
        o.persist();
    }

    private void addEvent(String documentId, EventRef ref, Set<String> summitIds) {
        LocalDate date = date(ref.date());
        if (ref.evidence() == null || date == null) {
            return; // an event the timeline could not place; the document's other facts still count
        }
        DatedEvent e = new DatedEvent();
        e.id = documentId + ":" + ref.id();
        e.documentId = documentId;
        e.summitId = summitIds.contains(ref.summitId()) ? ref.summitId() : null;
        e.date = date;
        e.category = ref.category() == null ? "other" : ref.category();
        e.text = ref.text() != null ? ref.text() : ref.evidence().text();
        e.topics = nullSafe(ref.topics());
        e.evidenceStart = ref.evidence().start();
        e.evidenceEnd = ref.evidence().end();
        e.confidence = (float) ref.confidence();
        e.rule = ref.rule();
        e.persist();
    }

    private void link(String table, String column, String documentId, String id) {
        em.flush();
        em.createNativeQuery("INSERT INTO " + table + " (document_id, " + column + ") VALUES (?1, ?2) ON CONFLICT DO NOTHING")
                .setParameter(1, documentId).setParameter(2, id).executeUpdate();
    }

    private static <T> T pick(boolean preferNew, T fresh, T old) {
        if (fresh == null) {
            return old;
        }
        return preferNew || old == null ? fresh : old;
    }

    private static LocalDate date(String iso) {
        try {
            return iso == null || iso.isBlank() ? null : LocalDate.parse(iso.substring(0, Math.min(10, iso.length())));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static <T> List<T> nullSafe(List<T> list) {
        return list == null ? List.of() : list;
    }
}
