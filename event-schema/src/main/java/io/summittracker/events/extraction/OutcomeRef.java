package io.summittracker.events.extraction;

import java.util.List;

/**
 * What a summit agreed, agreed in principle, proposed, rejected or did not reach.
 * {@code summit} is the summit's name, {@code summitId} its key in the same extraction.
 */
public record OutcomeRef(String id, String summit, String summitId, String text, String status,
        List<String> topics, Span evidence, double confidence, String rule) {
}
