package io.summittracker.ingest.document;

/** The answer to a submission: the document's id, its state, and whether this call created it. */
public record Accepted(String id, String state, boolean created) {
}
