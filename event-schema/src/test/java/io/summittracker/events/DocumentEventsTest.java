package io.summittracker.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.summittracker.events.extraction.DocumentMeta;
import io.summittracker.events.extraction.Extraction;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentEventsTest {

    private static DocumentIngested data(String id) {
        return new DocumentIngested(new DocumentSource(id, "a.txt", "text/plain", "0".repeat(64), OffsetDateTime.now()),
                "Title\n\nBody.", new Extraction("x/1", new DocumentMeta("Title", List.of(), null, null, "en", List.of()),
                        List.of(), List.of(), List.of(), List.of(), List.of(), List.of()));
    }

    @Test
    void anEventSurvivesTheRoundTripThroughJson() throws Exception {
        CloudEvent<DocumentIngested> event = DocumentEvents.ingested(data("abc"));
        String json = DocumentEvents.toJson(event);
        assertTrue(json.contains("\"specversion\":\"1.0\""));
        assertTrue(json.contains("\"type\":\"" + DocumentEvents.INGESTED_TYPE + "\""));
        CloudEvent<DocumentIngested> back = DocumentEvents.parseIngested(json);
        assertEquals(event.id(), back.id());
        assertEquals("abc", back.subject());
        assertEquals("Title\n\nBody.", back.data().text());
        assertEquals("Title", back.data().extraction().document().title());
    }

    @Test
    void theSameDocumentAndExtractorGiveTheSameEventId() {
        assertEquals(DocumentEvents.ingested(data("abc")).id(), DocumentEvents.ingested(data("abc")).id());
    }

    @Test
    void unknownFieldsFromANewerProducerAreIgnored() throws Exception {
        String json = DocumentEvents.toJson(DocumentEvents.ingested(data("abc"))).replaceFirst("\\{", "{\"futurefield\":1,");
        assertEquals("abc", DocumentEvents.parseIngested(json).subject());
    }

    @Test
    void whatIsNotAValidEventIsRefusedWithItsReason() {
        String good = DocumentEvents.toJson(DocumentEvents.ingested(data("abc")));
        assertTrue(assertThrows(InvalidEventException.class, () -> DocumentEvents.parseIngested("{oops"))
                .getMessage().contains("not a JSON CloudEvent"));
        assertTrue(assertThrows(InvalidEventException.class, () -> DocumentEvents.parseIngested(
                good.replace(DocumentEvents.INGESTED_TYPE, "other.v2"))).getMessage().contains("unsupported event type"));
        assertTrue(assertThrows(InvalidEventException.class, () -> DocumentEvents.parseIngested(
                good.replace("\"subject\":\"abc\"", "\"subject\":\"xyz\""))).getMessage().contains("does not match"));
        assertThrows(InvalidEventException.class, () -> DocumentEvents.parseIngested(""));
    }
}
