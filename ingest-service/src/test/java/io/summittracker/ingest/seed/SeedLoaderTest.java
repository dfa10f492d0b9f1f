package io.summittracker.ingest.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.summittracker.embedded.testing.PostgresTestResource;
import io.summittracker.ingest.InMemoryMessaging;
import io.summittracker.ingest.document.DocumentIntake;
import io.summittracker.ingest.document.IngestedDocument;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(InMemoryMessaging.class)
class SeedLoaderTest {

    @Inject
    SeedLoader loader;

    @Test
    void ingestsEachArticleOnceAndSkipsReadmesAndUnknownFiles() throws Exception {
        Path folder = Files.createTempDirectory("seeds");
        String article = "Glassboro, 1967\n\nJohnson and Kosygin met for three days. " + UUID.randomUUID();
        Files.writeString(folder.resolve("glassboro.txt"), article);
        Files.writeString(folder.resolve("notes.md"), "# Notes\n\nA second article " + UUID.randomUUID());
        Files.writeString(folder.resolve("README.md"), "This folder holds seeds.");
        Files.writeString(folder.resolve("image.png"), "not an article");

        assertEquals(2, loader.ingestFolder(folder));
        assertEquals(0, loader.ingestFolder(folder), "a second start must add nothing");
        IngestedDocument doc = QuarkusTransaction.requiringNew().call(() -> IngestedDocument.findById(DocumentIntake.idOf(article)));
        assertNotNull(doc);
        assertEquals("glassboro.txt", doc.filename);
    }
}
