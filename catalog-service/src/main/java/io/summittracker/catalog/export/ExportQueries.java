package io.summittracker.catalog.export;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What each export contains: one SQL query per resource, whose column labels are the CSV header and the JSON
 * field names. Rows stream from a server-side cursor, so an export of any size uses constant memory.
 */
final class ExportQueries {

    static final Map<String, String> SQL = new LinkedHashMap<>();

    static {
        SQL.put("summits", "SELECT id, name, city, country, start_date AS date, end_date AS \"end\", leaders, from_gazetteer AS \"fromGazetteer\" "
                + "FROM summit ORDER BY start_date NULLS LAST, id");
        SQL.put("people", "SELECT p.id, p.name, p.aliases, COALESCE((SELECT jsonb_agg(DISTINCT jsonb_build_object('title', r.title, "
                + "'organization', r.organization, 'former', r.former, 'period', r.period)) FROM person_role r WHERE r.person_id = p.id), '[]'::jsonb) AS roles "
                + "FROM person p ORDER BY lower(p.name), p.id");
        SQL.put("organizations", "SELECT id, name, kind FROM organization ORDER BY lower(name), id");
        SQL.put("topics", "SELECT slug, label, description FROM topic ORDER BY slug");
        SQL.put("statements", "SELECT st.id, st.document_id AS \"documentId\", st.person_id AS \"speakerId\", p.name AS \"speakerName\", "
                + "st.summit_id AS \"summitId\", st.topics, st.text, st.kind, st.evidence_start AS \"evidenceStart\", st.evidence_end AS \"evidenceEnd\", "
                + "st.confidence, st.rule, st.hidden, st.curated FROM statement st LEFT JOIN person p ON p.id = st.person_id ORDER BY st.document_id, st.evidence_start, st.id");
        SQL.put("outcomes", "SELECT o.id, o.document_id AS \"documentId\", o.summit_id AS \"summitId\", s.start_date AS \"summitDate\", o.status, "
                + "o.topics, o.text, o.evidence_start AS \"evidenceStart\", o.evidence_end AS \"evidenceEnd\", o.confidence, o.rule, o.curated "
                + "FROM outcome o LEFT JOIN summit s ON s.id = o.summit_id ORDER BY s.start_date NULLS LAST, o.id");
        SQL.put("events", "SELECT e.id, e.document_id AS \"documentId\", e.event_date AS date, e.category, e.summit_id AS \"summitId\", "
                + "e.topics, e.text, e.evidence_start AS \"evidenceStart\", e.evidence_end AS \"evidenceEnd\", e.confidence, e.rule "
                + "FROM dated_event e ORDER BY e.event_date, e.id");
        SQL.put("documents", "SELECT id, title, authors, publisher, published, language, filename, media_type AS \"mediaType\", extractor, "
                + "received_at AS \"receivedAt\", length(text) AS length FROM document ORDER BY received_at DESC, id");
    }

    /** Resources that also export as schema.org JSON-LD. */
    static final List<String> JSON_LD = List.of("summits", "people", "organizations");

    private ExportQueries() {
    }
}
