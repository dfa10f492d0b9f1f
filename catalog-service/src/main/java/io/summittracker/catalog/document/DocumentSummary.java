package io.summittracker.catalog.document;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** A document in lists: what identifies it, without its text. */
public record DocumentSummary(String id, String title, List<String> authors, String publisher, LocalDate published,
        String filename, String mediaType, int length, OffsetDateTime receivedAt, OffsetDateTime storedAt) {

    public static DocumentSummary of(Document d) {
        return new DocumentSummary(d.id, d.title, d.authors, d.publisher, d.published, d.filename, d.mediaType,
                d.text.length(), d.receivedAt, d.storedAt);
    }
}
