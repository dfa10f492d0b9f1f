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
    private final String sortName;
    private final String sortKey;
    private final String id;
    private final boolean descending;
    private final List<String> where = new ArrayList<>();
    private final List<Object> params = new ArrayList<>();

    /** Rows are ordered by the sort's expression, then by {@code id} (an SQL expression yielding text). */
    public KeysetQuery(String from, SortOrder sort, String id) {
        this.from = from;
        this.sortName = sort.name();
        this.sortKey = sort.expression();
        this.id = id;
        this.descending = sort.descending();
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
            String[] key = decode(cursor, sortName);
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
            next = encode(sortName, String.valueOf(key[0]), String.valueOf(key[1]));
        }
        return new Page<>(rows.stream().map(view).toList(), total, next);
    }

    private static Object idOf(EntityManager em, Object entity) {
        return em.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(entity);
    }

    private static String clause(List<String> conditions) {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    /** The cursor names its sort order, so one cannot be carried over to a list sorted otherwise. */
    static String encode(String sort, String key, String id) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((sort + "\u0000" + key + "\u0000" + id).getBytes(StandardCharsets.UTF_8));
    }

    static String[] decode(String cursor, String sort) {
        String[] parts;
        try {
            parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\u0000", 3);
        } catch (IllegalArgumentException e) {
            parts = new String[0];
        }
        if (parts.length == 3 && parts[0].equals(sort)) {
            return new String[] {parts[1], parts[2]};
        }
        if (parts.length == 3) {
            throw new ProblemException(400, "Bad cursor", "The cursor belongs to the sort order '" + parts[0] + "', not '" + sort + "'; start again without it.");
        }
        throw new ProblemException(400, "Bad cursor", "The cursor is not one this API gave out; start again without it.");
    }
}
