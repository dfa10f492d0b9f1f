package io.summittracker.ingest.seed;

import io.quarkus.runtime.StartupEvent;
import io.summittracker.ingest.IngestConfig;
import io.summittracker.ingest.document.Accepted;
import io.summittracker.ingest.document.DocumentIntake;
import io.summittracker.ingest.format.DocumentFormat;
import io.summittracker.ingest.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * Ingests the default corpus (the seeds folder) at start-up. Ids derive from content, so a restart adds
 * nothing twice. README files describe the folder and are not articles.
 */
@ApplicationScoped
public class SeedLoader {

    private static final Logger LOG = Logger.getLogger(SeedLoader.class);

    @Inject
    IngestConfig config;
    @Inject
    DocumentIntake intake;

    void onStart(@Observes StartupEvent start) {
        config.seedsDir().ifPresent(this::ingestFolder);
    }

    public int ingestFolder(Path folder) {
        if (!Files.isDirectory(folder)) {
            LOG.warnf("Seeds folder %s does not exist; no seeds ingested", folder.toAbsolutePath());
            return 0;
        }
        int created = 0;
        for (Path file : articlesIn(folder)) {
            try {
                Accepted accepted = intake.accept(Files.readAllBytes(file), null, file.getFileName().toString());
                created += accepted.created() ? 1 : 0;
            } catch (IOException | ProblemException e) {
                LOG.errorf("Seed %s not ingested: %s", file, e.getMessage());
            }
        }
        LOG.infof("Seeds: %d new document(s) from %s", created, folder.toAbsolutePath());
        return created;
    }

    private static List<Path> articlesIn(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().toUpperCase().startsWith("README"))
                    .filter(f -> DocumentFormat.ofFilename(f.getFileName().toString()).isPresent())
                    .sorted()
                    .toList();
        } catch (IOException e) {
            LOG.errorf("Seeds folder %s unreadable: %s", folder, e.getMessage());
            return List.of();
        }
    }
}
