package io.summittracker.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;

/**
 * The one place that defines the correction events: editors' corrections are events too, so that a catalog
 * rebuilt from the log (documents and corrections) ends with the same data. See {@code docs/events.md}.
 */
public final class CorrectionEvents {

    /** Topic carrying one event per correction, keyed by the corrected fact's document (or person). */
    public static final String TOPIC = "summit.corrections.v1";
    public static final String DEAD_LETTER_TOPIC = "summit.corrections.v1.dlq";
    public static final String SUBMITTED_TYPE = "io.summittracker.correction.submitted.v1";
    public static final String SOURCE = "/summit-tracker/catalog-service";

    private static final TypeReference<CloudEvent<CorrectionSubmitted>> SUBMITTED = new TypeReference<>() {
    };

    private CorrectionEvents() {
    }

    public static CloudEvent<CorrectionSubmitted> submitted(CorrectionSubmitted data) {
        return new CloudEvent<>(CloudEvent.SPEC_VERSION, "correction/" + data.id(), SOURCE, SUBMITTED_TYPE, data.id(),
                data.createdAt(), "application/json", null, data);
    }

    public static String toJson(CorrectionSubmitted data) {
        return DocumentEvents.toJson(submitted(data));
    }

    public static CloudEvent<CorrectionSubmitted> parseSubmitted(String json) throws InvalidEventException {
        if (json == null || json.isBlank()) {
            throw new InvalidEventException("empty event");
        }
        CloudEvent<CorrectionSubmitted> event;
        try {
            event = DocumentEvents.mapper().readValue(json, SUBMITTED);
        } catch (JsonProcessingException e) {
            throw new InvalidEventException("not a JSON CloudEvent: " + e.getOriginalMessage(), e);
        }
        if (!CloudEvent.SPEC_VERSION.equals(event.specversion()) || !SUBMITTED_TYPE.equals(event.type())) {
            throw new InvalidEventException("unsupported event " + event.type() + " (specversion " + event.specversion() + ")");
        }
        CorrectionSubmitted data = event.data();
        if (data == null || data.id() == null || data.kind() == null || data.target() == null || data.change() == null) {
            throw new InvalidEventException("correction event lacks id, kind, target or change");
        }
        return event;
    }
}
