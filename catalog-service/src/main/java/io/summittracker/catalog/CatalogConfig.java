package io.summittracker.catalog;

import io.smallrye.config.ConfigMapping;
import java.nio.file.Path;
import java.util.Optional;

/** Typed configuration of the catalog service ({@code summit.catalog.*}). */
@ConfigMapping(prefix = "summit.catalog")
public interface CatalogConfig {

    /** A JSON file of the shape of the default taxonomy whose topics are added to it (or relabel it). */
    Optional<Path> taxonomyFile();

    /** Kafka consumer group of the catalog's channels; a new one replays the topics from their start. */
    @io.smallrye.config.WithDefault("catalog-service")
    String consumerGroup();
}
