package io.summittracker.catalog.api;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.List;

/** Native SQL written with plain {@code ?} placeholders, bound in order (JPA wants them numbered). */
public final class NativeSql {

    private NativeSql() {
    }

    public static Query query(EntityManager em, String sql, List<?> params) {
        return bind(em.createNativeQuery(numbered(sql)), params);
    }

    public static Query query(EntityManager em, String sql, Class<?> entity, List<?> params) {
        return bind(em.createNativeQuery(numbered(sql), entity), params);
    }

    static String numbered(String sql) {
        StringBuilder out = new StringBuilder();
        int n = 0;
        for (char c : sql.toCharArray()) {
            out.append(c);
            if (c == '?') {
                out.append(++n);
            }
        }
        return out.toString();
    }

    private static Query bind(Query query, List<?> params) {
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
        return query;
    }
}
