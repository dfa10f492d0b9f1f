package io.summittracker.ingest;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.util.Optional;

/** Typed configuration of the ingest service ({@code summit.ingest.*}). */
@ConfigMapping(prefix = "summit.ingest")
public interface IngestConfig {

    /** Largest upload accepted, in bytes. */
    @WithDefault("10485760")
    int maxDocumentBytes();

    /** Folder whose articles are ingested at start-up; absent means none. */
    Optional<Path> seedsDir();

    Outbox outbox();

    Extraction extraction();

    interface Extraction {
        /** A folder of reference files (same names and formats as resources/extraction) that extend the defaults. */
        Optional<Path> referenceDir();
    }

    interface Outbox {
        /** How often the relay looks for events still to publish (read by the relay's schedule). */
        @WithDefault("500ms")
        java.time.Duration interval();

        /** Events published per transaction of the relay. */
        @WithDefault("50")
        int batchSize();
    }
}
