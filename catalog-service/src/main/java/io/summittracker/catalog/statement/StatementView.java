package io.summittracker.catalog.statement;

import java.util.List;

/** A statement with its speaker, summit, topics and the evidence span in its document. */
public record StatementView(String id, String documentId, String speakerId, String speakerName, String summitId,
        List<String> topics, String text, String kind, Evidence evidence, Float confidence, String rule, boolean curated) {

    /** Where in the document's text the fact is: character offsets and the exact text. */
    public record Evidence(int start, int end, String text) {

        /** The span of a document's text, with the text it covers (none if the document is gone). */
        public static Evidence in(String documentId, int start, int end) {
            io.summittracker.catalog.document.Document doc = io.summittracker.catalog.document.Document.findById(documentId);
            return new Evidence(start, end, doc == null ? null : doc.text.substring(start, Math.min(end, doc.text.length())));
        }
    }
}
