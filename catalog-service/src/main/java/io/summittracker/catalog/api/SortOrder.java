package io.summittracker.catalog.api;

import io.summittracker.catalog.problem.ProblemException;
import java.util.Map;

/**
 * A list's {@code sort} parameter: one of the fields a resource offers, prefixed with {@code -} for descending
 * order. Each field maps to an SQL expression yielding text, the keyset pagination's sort key.
 */
public record SortOrder(String name, String expression, boolean descending) {

    /**
     * @param value         the request's {@code sort} parameter, may be null
     * @param defaultValue  used when the parameter is absent, e.g. {@code -received}
     * @param fields        the field names a client may sort by, each with its SQL expression
     */
    public static SortOrder parse(String value, String defaultValue, Map<String, String> fields) {
        String requested = value == null || value.isBlank() ? defaultValue : value.strip();
        boolean descending = requested.startsWith("-");
        String field = descending ? requested.substring(1) : requested;
        String expression = fields.get(field);
        if (expression == null) {
            throw new ProblemException(400, "Unknown sort order", "sort must be one of " + String.join(", ", fields.keySet().stream().sorted().toList())
                    + ", optionally prefixed with '-' for descending order; not '" + value + "'.");
        }
        return new SortOrder(requested, expression, descending);
    }
}
