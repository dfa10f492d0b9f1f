package io.summittracker.web.catalog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** A document as the portal shows it; {@code text} is only present on the single-document call. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DocumentView(String id, String title, List<String> authors, String publisher, LocalDate published,
        String filename, String mediaType, OffsetDateTime receivedAt, String text) {

    /** A title to show even when extraction found none. */
    public String displayTitle() {
        if (title != null && !title.isBlank()) {
            return title;
        }
        return filename != null ? filename : "Untitled document " + id;
    }

    /** The text split into paragraphs at blank lines or line breaks, for reading. */
    public List<String> paragraphs() {
        if (text == null) {
            return List.of();
        }
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}
