package io.summittracker.ingest.document;

/** Where a document is on its way to the catalog. */
public enum DocumentState {
    /** Stored with its event in the outbox; the event is not yet acknowledged by Kafka. */
    QUEUED,
    /** Its event is acknowledged by Kafka; the catalog stores it shortly. */
    PUBLISHED
}
