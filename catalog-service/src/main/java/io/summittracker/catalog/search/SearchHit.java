package io.summittracker.catalog.search;

import java.util.List;

/**
 * One search result. {@code snippet} is HTML: the text is escaped and only {@code <mark>} tags, around the
 * matched words, are markup.
 */
public record SearchHit(String type, String id, String title, String snippet, String documentId, Integer year,
        List<String> topics, double rank) {
}
