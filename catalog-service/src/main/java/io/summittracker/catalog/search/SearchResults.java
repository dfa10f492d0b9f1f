package io.summittracker.catalog.search;

import java.util.List;
import java.util.Map;

/** Ranked hits, the total, the cursor of the next page, and counts by type, topic and year over all hits. */
public record SearchResults(String query, List<SearchHit> items, long total, String next,
        Map<String, Map<String, Long>> facets) {
}
