package io.summittracker.ingest.extraction;

import io.summittracker.events.extraction.Extraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExtensionDirectoryTest {

    @Test
    void extensionFilesAddEntries(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("summits.json"), "{\"summits\": [{\"id\": \"tallinn-2031\", \"name\": \"Tallinn summit\", \"city\": \"Tallinn\","
                + " \"country\": \"Estonia\", \"start\": \"2031-05-03\", \"end\": \"2031-05-04\", \"leaders\": [\"Ada Example\", \"Boris Sample\"]}]}");
        Files.writeString(dir.resolve("topics.json"), "{\"topics\": [{\"slug\": \"arctic\", \"keywords\": [\"icebreaker*\"]}]}");
        Extractor extended = new Extractor(dir);
        Extraction e = extended.extract("Test headline\n\nThe Tallinn summit ended with a deal on icebreakers.\n", "t.txt");
        assertEquals("tallinn-2031", e.summits().get(0).id());
        assertTrue(e.summits().get(0).fromGazetteer());
        assertTrue(e.topics().stream().anyMatch(t -> t.slug().equals("arctic")));
    }
}
