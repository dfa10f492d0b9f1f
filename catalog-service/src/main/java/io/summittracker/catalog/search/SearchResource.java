package io.summittracker.catalog.search;

import io.summittracker.catalog.api.NativeSql;
import io.summittracker.catalog.problem.Problem;
import io.summittracker.catalog.problem.ProblemException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * PostgreSQL full-text search over summits, people, organisations, statements, outcomes and documents:
 * web-search syntax ("quoted phrases", -exclusions, or), ranked, with highlighted snippets and facets.
 */
@Path("/api/v1/search")
@Tag(name = "search", description = "Full-text search across the catalog")
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

    static final Set<String> TYPES = Set.of("summit", "person", "organization", "statement", "outcome", "document");
    /** Control characters mark the matches inside ts_headline, so the rest of the text can be escaped safely. */
    private static final String OPTIONS = "StartSel=\u0001, StopSel=\u0002, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=\" … \"";

    /**
     * Every searchable thing matching the query, as (type, id, title, body, document_id, year, topics, rank). Each branch
     * filters on its table's stored, GIN-indexed {@code search} vector (migration V7), whose text is the branch's body.
     */
    private static final String ENTRIES = "SELECT 'summit' AS type, s.id, s.name AS title, "
            + "s.name || ' ' || coalesce(s.city, '') || ' ' || coalesce(s.country, '') || ' ' || s.leaders::text AS body, "
            + "NULL AS document_id, CAST(EXTRACT(YEAR FROM s.start_date) AS int) AS year, '[]'::jsonb AS topics, "
            + "ts_rank(s.search, q.tsq) AS rank FROM summit s, query q WHERE s.search @@ q.tsq "
            + "UNION ALL SELECT 'person', p.id, p.name, p.name || ' ' || p.aliases::text, NULL, NULL, '[]'::jsonb, ts_rank(p.search, q.tsq) "
            + "FROM person p, query q WHERE p.search @@ q.tsq "
            + "UNION ALL SELECT 'organization', o.id, o.name, o.name, NULL, NULL, '[]'::jsonb, ts_rank(o.search, q.tsq) "
            + "FROM organization o, query q WHERE o.search @@ q.tsq "
            + "UNION ALL SELECT 'statement', st.id, coalesce(pp.name, 'Statement'), st.text, st.document_id, "
            + "CAST(EXTRACT(YEAR FROM coalesce(sm.start_date, d.published)) AS int), st.topics, ts_rank(st.search, q.tsq) FROM statement st "
            + "CROSS JOIN query q LEFT JOIN person pp ON pp.id = st.person_id LEFT JOIN summit sm ON sm.id = st.summit_id "
            + "JOIN document d ON d.id = st.document_id WHERE NOT st.hidden AND st.search @@ q.tsq "
            + "UNION ALL SELECT 'outcome', oc.id, coalesce(sm.name, 'Outcome') || ': ' || oc.status, oc.text, oc.document_id, "
            + "CAST(EXTRACT(YEAR FROM coalesce(sm.start_date, d.published)) AS int), oc.topics, ts_rank(oc.search, q.tsq) FROM outcome oc "
            + "CROSS JOIN query q LEFT JOIN summit sm ON sm.id = oc.summit_id JOIN document d ON d.id = oc.document_id WHERE oc.search @@ q.tsq "
            + "UNION ALL SELECT 'document', d.id, coalesce(d.title, d.filename, d.id), coalesce(d.title, '') || ' ' || d.text, d.id, "
            + "CAST(EXTRACT(YEAR FROM d.published) AS int), "
            + "coalesce((SELECT jsonb_agg(dt.topic_slug) FROM document_topic dt WHERE dt.document_id = d.id), '[]'::jsonb), "
            + "ts_rank(d.search, q.tsq) FROM document d, query q WHERE d.search @@ q.tsq";

    @Inject
    EntityManager em;

    @GET
    @Operation(summary = "Search everything; ranked hits with highlighted snippets and facets by type, topic and year")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SearchResults.class)))
    @APIResponse(responseCode = "400", description = "No query, or a bad filter", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @SuppressWarnings("unchecked")
    public SearchResults search(@Parameter(description = "words, \"phrases\", -excluded, or", example = "\"strategic stability\" -Syria") @QueryParam("q") String q,
            @Parameter(description = "summit, person, organization, statement, outcome or document", example = "statement") @QueryParam("type") String type,
            @Parameter(description = "topic slug", example = "arms-control") @QueryParam("topic") String topic,
            @Parameter(description = "year", example = "2018") @QueryParam("year") Integer year,
            @QueryParam("cursor") String cursor, @QueryParam("limit") @DefaultValue("20") int limit) {
        if (q == null || q.isBlank()) {
            throw new ProblemException(400, "No query", "Give the words to search for in q.");
        }
        if (q.length() > 500) {
            throw new ProblemException(400, "Query too long", "A query has at most 500 characters.");
        }
        if (type != null && !type.isBlank() && !TYPES.contains(type)) {
            throw new ProblemException(400, "Unknown type", "type must be one of " + String.join(", ", TYPES.stream().sorted().toList()) + ".");
        }
        if (limit < 1 || limit > 100) {
            throw new ProblemException(400, "Bad limit", "limit must be between 1 and 100.");
        }
        int offset = decode(cursor);
        String matches = "WITH query AS (SELECT websearch_to_tsquery('english', ?) AS tsq), "
                + "hits AS (" + ENTRIES + ")";
        List<Object> params = new ArrayList<>(List.of(q));
        StringBuilder filter = new StringBuilder(" WHERE TRUE");
        if (type != null && !type.isBlank()) {
            filter.append(" AND type = ?");
            params.add(type);
        }
        if (topic != null && !topic.isBlank()) {
            filter.append(" AND jsonb_exists(topics, ?)");
            params.add(topic);
        }
        if (year != null) {
            filter.append(" AND year = ?");
            params.add(year);
        }
        List<Object[]> rows = NativeSql.query(em, matches + " SELECT type, id, title, "
                + "ts_headline('english', body, (SELECT tsq FROM query), ?) , document_id, year, topics::text, rank FROM hits"
                + filter + " ORDER BY rank DESC, type, id LIMIT " + (limit + 1) + " OFFSET " + offset,
                withHeadlineOptions(params)).getResultList();
        long total = ((Number) NativeSql.query(em, matches + " SELECT COUNT(*) FROM hits" + filter, params).getSingleResult()).longValue();
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        facets.put("type", facet(matches + " SELECT type, COUNT(*) FROM hits" + filter + " GROUP BY type ORDER BY COUNT(*) DESC", params));
        facets.put("topic", facet(matches + " SELECT t, COUNT(*) FROM hits, jsonb_array_elements_text(topics) t" + filter
                + " GROUP BY t ORDER BY COUNT(*) DESC, t", params));
        facets.put("year", facet(matches + " SELECT CAST(year AS text), COUNT(*) FROM hits" + filter
                + " AND year IS NOT NULL GROUP BY year ORDER BY year", params));
        List<SearchHit> hits = rows.stream().limit(limit).map(r -> new SearchHit((String) r[0], (String) r[1], (String) r[2],
                highlight((String) r[3]), (String) r[4], r[5] == null ? null : ((Number) r[5]).intValue(), topics((String) r[6]),
                ((Number) r[7]).doubleValue())).toList();
        return new SearchResults(q, hits, total, rows.size() > limit ? encode(offset + limit) : null, facets);
    }

    private static List<Object> withHeadlineOptions(List<Object> params) {
        List<Object> all = new ArrayList<>();
        all.add(params.get(0));
        all.add(OPTIONS);
        all.addAll(params.subList(1, params.size()));
        return all;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Long> facet(String sql, List<Object> params) {
        Map<String, Long> counts = new LinkedHashMap<>();
        ((List<Object[]>) NativeSql.query(em, sql, params).getResultList())
                .forEach(r -> counts.put(String.valueOf(r[0]), ((Number) r[1]).longValue()));
        return counts;
    }

    /** Escapes the snippet as HTML and turns the match markers into {@code <mark>} tags. */
    static String highlight(String headline) {
        String escaped = headline.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
        return escaped.replace("\u0001", "<mark>").replace("\u0002", "</mark>").replaceAll("\\s+", " ").strip();
    }

    private static List<String> topics(String json) {
        if (json == null || json.length() <= 2) {
            return List.of();
        }
        return Arrays.stream(json.substring(1, json.length() - 1).split(",")).map(s -> s.strip().replace("\"", "")).toList();
    }

    private static String encode(int offset) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("o" + offset).getBytes(StandardCharsets.UTF_8));
    }

    private static int decode(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return 0;
        }
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (raw.startsWith("o")) {
                return Integer.parseInt(raw.substring(1));
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw new ProblemException(400, "Bad cursor", "The cursor is not one this API gave out; start again without it.");
    }
}
