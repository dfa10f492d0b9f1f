package io.summittracker.events.extraction;

import java.util.List;

/**
 * A dated happening the document reports besides the summits themselves: a discussion, a meeting, a
 * signing, a call, an announcement, a visit. {@code date} is ISO (the year may have been inferred from the
 * context: a summit's dates, an earlier year in the paragraph, the publication date); {@code summitId} names
 * the summit of the same extraction it happened at, if any; {@code category} is one of the categories of the
 * extractor's event cue list; {@code topics} are the topics its sentence clearly names.
 */
public record EventRef(String id, String date, String category, String summitId, List<String> topics, String text,
        Span evidence, double confidence, String rule) {
}
