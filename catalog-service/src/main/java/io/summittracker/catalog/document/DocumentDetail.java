package io.summittracker.catalog.document;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** One document with its verbatim text; every extracted span is a pair of offsets into {@code text}. */
public record DocumentDetail(String id, String title, List<String> authors, String publisher, LocalDate published,
        String language, String filename, String mediaType, String extractor, OffsetDateTime receivedAt,
        OffsetDateTime storedAt, String text) {

    static DocumentDetail of(Document d) {
        return new DocumentDetail(d.id, d.title, d.authors, d.publisher, d.published, d.language, d.filename,
                d.mediaType, d.extractor, d.receivedAt, d.storedAt, d.text);
    }
}
