package io.summittracker.catalog.curation;

import com.fasterxml.jackson.databind.JsonNode;
import io.summittracker.events.DocumentEvents;
import java.time.OffsetDateTime;

/** A correction with its audit: who made it, when, and the values before and after. */
public record CorrectionView(long id, String kind, JsonNode target, JsonNode change, JsonNode before, JsonNode after,
        String editor, String note, OffsetDateTime createdAt) {

    static CorrectionView of(Correction c) {
        return new CorrectionView(c.id, c.kind, json(c.target), json(c.change), json(c.before), json(c.after), c.editor, c.note, c.createdAt);
    }

    private static JsonNode json(String text) {
        try {
            return text == null ? null : DocumentEvents.mapper().readTree(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
