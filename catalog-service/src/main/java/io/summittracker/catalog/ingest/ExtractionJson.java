package io.summittracker.catalog.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.summittracker.events.DocumentEvents;
import io.summittracker.events.extraction.Extraction;

/** Writes an extraction with the event schema's own mapper, so stored JSON keeps the schema's shape. */
final class ExtractionJson {

    private ExtractionJson() {
    }

    static String write(Extraction extraction) {
        try {
            return DocumentEvents.mapper().writeValueAsString(extraction);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Extraction not writable as JSON", e);
        }
    }
}
