package io.summittracker.ingest.document;

import java.time.OffsetDateTime;

/** The API view of a document's ingest state. */
public record DocumentStatus(String id, String state, String filename, String mediaType, String title,
        int length, OffsetDateTime receivedAt, OffsetDateTime publishedAt) {

    static DocumentStatus of(IngestedDocument d) {
        return new DocumentStatus(d.id, d.state.name().toLowerCase(), d.filename, d.mediaType, d.title,
                d.text.length(), d.receivedAt, d.publishedAt);
    }
}
