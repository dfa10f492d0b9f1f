package io.summittracker.catalog;

import io.summittracker.events.CloudEvent;
import io.summittracker.events.DocumentEvents;
import io.summittracker.events.DocumentIngested;
import io.summittracker.events.DocumentSource;
import io.summittracker.events.extraction.DocumentMeta;
import io.summittracker.events.extraction.Extraction;
import io.summittracker.events.extraction.TopicRef;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Builds document events as the ingest service would publish them. */
public final class TestEvents {

    private TestEvents() {
    }

    public static CloudEvent<DocumentIngested> document(String title) {
        String id = UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        String text = title + "\n\nThe leaders met and agreed to return their ambassadors.\n";
        Extraction extraction = new Extraction("test-extractor/1",
                new DocumentMeta(title, List.of("A. Author"), "A Publisher", "2021-06-17", "en", List.of()),
                List.of(), List.of(), List.of(), List.of(new TopicRef("diplomacy", 0.9, "test")), List.of(), List.of());
        return DocumentEvents.ingested(new DocumentIngested(
                new DocumentSource(id, "article.txt", "text/plain", "0".repeat(64), OffsetDateTime.now()), text, extraction));
    }
}
