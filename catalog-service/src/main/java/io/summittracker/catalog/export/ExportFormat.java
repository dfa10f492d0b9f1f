package io.summittracker.catalog.export;

import java.util.Locale;
import java.util.Optional;

/** The formats a full export can be streamed in. */
public enum ExportFormat {
    CSV("text/csv; charset=utf-8", "csv"),
    JSON("application/json", "json"),
    JSONLD("application/ld+json", "jsonld"),
    ICS("text/calendar; charset=utf-8", "ics");

    final String mediaType;
    final String extension;

    ExportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    static Optional<ExportFormat> of(String name) {
        try {
            return Optional.of(valueOf(name.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
