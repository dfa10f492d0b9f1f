package io.summittracker.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The one place that defines the document events: topic names, type, schema and their JSON form.
 * See {@code docs/events.md} and {@code schemas/document-ingested-v1.schema.json}.
 */
public final class DocumentEvents {

    /** Topic carrying one {@link DocumentIngested} event per document version, keyed by document id. */
    public static final String TOPIC = "summit.documents.v1";
    /** Where consumers put events they cannot process, with the reason in the record headers. */
    public static final String DEAD_LETTER_TOPIC = "summit.documents.v1.dlq";
    /** Versioned CloudEvents type; a breaking change gets a new type (and topic), never a changed meaning. */
    public static final String INGESTED_TYPE = "io.summittracker.document.ingested.v1";
    public static final String SOURCE = "/summit-tracker/ingest-service";
    public static final String DATA_SCHEMA = "https://summittracker.io/schemas/document-ingested-v1.schema.json";

    private static final TypeReference<CloudEvent<DocumentIngested>> INGESTED = new TypeReference<>() {
    };

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            // Newer minor versions of the producer may add fields; old consumers must keep working.
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private DocumentEvents() {
    }

    /** Wraps the data in an envelope whose id identifies this document version, so a resend is a duplicate. */
    public static CloudEvent<DocumentIngested> ingested(DocumentIngested data) {
        String documentId = data.source().id();
        String version = data.extraction() == null ? "none" : data.extraction().extractor();
        return new CloudEvent<>(CloudEvent.SPEC_VERSION, documentId + "/" + version, SOURCE, INGESTED_TYPE,
                documentId, OffsetDateTime.now(ZoneOffset.UTC), "application/json", DATA_SCHEMA, data);
    }

    public static String toJson(CloudEvent<?> event) {
        try {
            return MAPPER.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An event could not be written as JSON", e);
        }
    }

    /** Reads and checks an ingested event; anything else is an {@link InvalidEventException} with the reason. */
    public static CloudEvent<DocumentIngested> parseIngested(String json) throws InvalidEventException {
        if (json == null || json.isBlank()) {
            throw new InvalidEventException("empty event");
        }
        CloudEvent<DocumentIngested> event;
        try {
            event = MAPPER.readValue(json, INGESTED);
        } catch (JsonProcessingException e) {
            throw new InvalidEventException("not a JSON CloudEvent: " + e.getOriginalMessage(), e);
        }
        if (!CloudEvent.SPEC_VERSION.equals(event.specversion())) {
            throw new InvalidEventException("unsupported specversion " + event.specversion());
        }
        if (!INGESTED_TYPE.equals(event.type())) {
            throw new InvalidEventException("unsupported event type " + event.type());
        }
        if (event.id() == null || event.id().isBlank()) {
            throw new InvalidEventException("event has no id");
        }
        DocumentIngested data = event.data();
        if (data == null || data.source() == null || data.source().id() == null || data.text() == null) {
            throw new InvalidEventException("event data lacks source.id or text");
        }
        if (!data.source().id().equals(event.subject())) {
            throw new InvalidEventException("subject " + event.subject() + " does not match document " + data.source().id());
        }
        return event;
    }

    /** The shared, configured mapper, for code that must write the same JSON shapes. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }
}
