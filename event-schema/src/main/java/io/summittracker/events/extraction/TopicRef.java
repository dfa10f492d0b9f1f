package io.summittracker.events.extraction;

/** A topic of the taxonomy, by slug. */
public record TopicRef(String slug, double confidence, String rule) {
}
