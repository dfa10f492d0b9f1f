package io.summittracker.catalog.statement;

import java.util.List;

/** A statement with its speaker, summit, topics and the evidence span in its document. */
public record StatementView(String id, String documentId, String speakerId, String speakerName, String summitId,
        List<String> topics, String text, String kind, Evidence evidence, Float confidence, String rule, boolean curated) {

    /** Where in the document's text the fact is: character offsets and the exact text. */
    public record Evidence(int start, int end, String text) {
    }
}
