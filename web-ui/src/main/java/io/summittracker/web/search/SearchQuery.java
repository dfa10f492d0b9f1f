package io.summittracker.web.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** What the reader searched for, and the links that add or drop one filter. */
public record SearchQuery(String q, String type, String topic, String year) {

    public SearchQuery {
        q = blankToNull(q);
        type = blankToNull(type);
        topic = blankToNull(topic);
        year = blankToNull(year);
        if (year != null && !year.matches("-?\\d{1,4}")) {
            year = null; // the catalog filters by a year number; anything else is no filter
        }
    }

    public boolean isEmpty() {
        return q == null;
    }

    public boolean filtered() {
        return type != null || topic != null || year != null;
    }

    /** This search with one facet set to {@code value} (or dropped when null). */
    public SearchQuery with(String facet, String value) {
        return switch (facet) {
            case "type" -> new SearchQuery(q, value, topic, year);
            case "topic" -> new SearchQuery(q, type, value, year);
            case "year" -> new SearchQuery(q, type, topic, value);
            default -> this;
        };
    }

    public String value(String facet) {
        return switch (facet) {
            case "type" -> type;
            case "topic" -> topic;
            case "year" -> year;
            default -> null;
        };
    }

    public String href() {
        StringBuilder url = new StringBuilder("/search?q=").append(encode(q == null ? "" : q));
        if (type != null) {
            url.append("&type=").append(encode(type));
        }
        if (topic != null) {
            url.append("&topic=").append(encode(topic));
        }
        if (year != null) {
            url.append("&year=").append(encode(year));
        }
        return url.toString();
    }

    public String withoutFilters() {
        return new SearchQuery(q, null, null, null).href();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
