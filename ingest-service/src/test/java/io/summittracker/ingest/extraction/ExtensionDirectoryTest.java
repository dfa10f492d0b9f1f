package io.summittracker.ingest.extraction;

import io.summittracker.events.extraction.Extraction;
import io.summittracker.ingest.extraction.reference.ReferenceData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

    @Test
    void vocabularyExtensionAddsToNamedLists(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("vocabulary.tsv"), "# extra\nseat-of-government\tOttawa\nrole-verb\tcurates\tcurator\n");
        ReferenceData bundled = ReferenceData.load();
        ReferenceData extended = new ReferenceData(dir);
        assertFalse(bundled.wordSet("seat-of-government").contains("Ottawa"));
        assertTrue(extended.wordSet("seat-of-government").contains("Ottawa"));
        assertTrue(extended.wordSet("seat-of-government").containsAll(bundled.wordSet("seat-of-government")));
        assertEquals("curator", extended.wordValue("role-verb", "curates"));
        assertEquals("director", extended.wordValue("role-verb", "directs"));
        assertTrue("the communiques".matches("(?i).*\\b" + bundled.alternation("agreement-noun")));
    }
}
