package io.summittracker.catalog.timeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A WHERE clause made of a fixed condition and optional ones, with the parameters of its {@code ?}s in order. */
final class Where {

    private final StringBuilder sql;
    private final List<Object> params = new ArrayList<>();

    Where(String always) {
        sql = new StringBuilder(always);
    }

    /** Adds the condition and its parameters when {@code applies}. */
    Where and(boolean applies, String condition, Object... values) {
        if (applies) {
            sql.append(" AND ").append(condition);
            params.addAll(Arrays.asList(values));
        }
        return this;
    }

    String sql() {
        return sql.toString();
    }

    List<Object> params() {
        return params;
    }
}
