package io.summittracker.catalog.api;

import io.summittracker.catalog.problem.ProblemException;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

/**
 * A native query over one table with filters, read page by page in a fixed order of (sort key, id): the
 * cursor is the last row's key, so pages never skip or repeat rows when others are inserted meanwhile.
 */
public final class KeysetQuery {

    public static final int MAX_LIMIT = 500;
    private final String from;
    private final String sortKey;
    private final String id;
    private final boolean descending;
    private final List<String> where = new ArrayList<>();
    private final List<Object> params = new ArrayList<>();

    /** {@code sortKey} and {@code id} are SQL expressions yielding text; rows are ordered by them. */
    public KeysetQuery(String from, String sortKey, String id, boolean descending) {
        this.from = from;
        this.sortKey = sortKey;
        this.id = id;
        this.descending = descending;
    }

    /** Adds a condition with {@code ?} placeholders, skipped when its value is null or blank. */
    public KeysetQuery where(String condition, Object value) {
        if (value == null || value instanceof String s && s.isBlank()) {
            return this;
        }
        where.add(condition);
        long placeholders = condition.chars().filter(c -> c == '?').count();
        for (int i = 0; i < placeholders; i++) {
            params.add(value);
        }
        return this;
    }

    public <T, E> Page<T> page(EntityManager em, Class<E> entity, String cursor, int limit, Function<E, T> view) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new ProblemException(400, "Bad limit", "limit must be between 1 and " + MAX_LIMIT + ".");
        }
        List<String> conditions = new ArrayList<>(where);
        List<Object> values = new ArrayList<>(params);
        if (cursor != null && !cursor.isBlank()) {
            String[] key = decode(cursor);
            conditions.add("(" + sortKey + ", " + id + ") " + (descending ? "<" : ">") + " (?, ?)");
            values.add(key[0]);
            values.add(key[1]);
        }
        String order = descending ? " DESC" : " ASC";
        String sql = "SELECT * FROM " + from + clause(conditions) + " ORDER BY " + sortKey + order + ", " + id + order + " LIMIT " + (limit + 1);
        @SuppressWarnings("unchecked")
        List<E> rows = NativeSql.query(em, sql, entity, values).getResultList();
        long total = ((Number) NativeSql.query(em, "SELECT COUNT(*) FROM " + from + clause(where), params)
                .getSingleResult()).longValue();
        String next = null;
        if (rows.size() > limit) {
            rows = rows.subList(0, limit);
            E last = rows.get(limit - 1);
            Object[] key = (Object[]) NativeSql.query(em, "SELECT " + sortKey + ", " + id + " FROM " + from
                    + " WHERE " + id + " = ?", List.of(idOf(em, last))).getSingleResult();
            next = encode(String.valueOf(key[0]), String.valueOf(key[1]));
        }
        return new Page<>(rows.stream().map(view).toList(), total, next);
    }

    private static Object idOf(EntityManager em, Object entity) {
        return em.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(entity);
    }

    private static String clause(List<String> conditions) {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    static String encode(String key, String id) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((key + "\u0000" + id).getBytes(StandardCharsets.UTF_8));
    }

    static String[] decode(String cursor) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\u0000", 2);
            if (parts.length == 2) {
                return parts;
            }
        } catch (IllegalArgumentException e) {
            // fall through
        }
        throw new ProblemException(400, "Bad cursor", "The cursor is not one this API gave out; start again without it.");
    }
}
