package io.summittracker.ingest.extraction.reference;

import java.util.List;

/** A taxonomy topic with its keyword lists (see topics.json). */
public record TopicEntry(String slug, String label, List<String> keywords, List<String> weak, List<String> exclude) {
}
