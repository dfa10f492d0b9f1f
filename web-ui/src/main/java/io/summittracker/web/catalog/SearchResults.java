package io.summittracker.web.catalog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Map;

/** Search hits with facet counts (facet name → value → count). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SearchResults(List<Hit> items, long total, String next, Map<String, Map<String, Long>> facets) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Hit(String type, String id, String title, String snippet, String documentId, Integer year,
            List<String> topics) {
    }
}
