package io.summittracker.localstack;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where the local stack keeps its data, which ports it uses, and which external Kafka or PostgreSQL it
 * uses instead of the embedded ones. Read from environment variables (see README, "Local stack").
 */
public record StackSettings(
        Path root,
        Path dataDir,
        int webPort,
        int catalogPort,
        int ingestPort,
        int postgresPort,
        int kafkaPort,
        int kafkaControllerPort,
        String kafkaClasspath,
        Optional<String> externalKafka,
        Optional<String> externalPostgresUrl,
        String postgresUser,
        String postgresPassword,
        String ingestDatabase,
        String catalogDatabase,
        Optional<Path> seedsDir) {

    /** Settings from the environment, with the documented defaults. */
    public static StackSettings fromEnvironment(Path root, String kafkaClasspath) {
        Function<String, Optional<String>> env = name -> Optional.ofNullable(System.getenv(name)).filter(v -> !v.isBlank());
        return new StackSettings(
                root,
                env.apply("SUMMIT_DATA_DIR").map(Path::of).orElse(root.resolve(".summit-data")).toAbsolutePath(),
                env.apply("SUMMIT_WEB_PORT").map(Integer::parseInt).orElse(8080),
                env.apply("SUMMIT_CATALOG_PORT").map(Integer::parseInt).orElse(8081),
                env.apply("SUMMIT_INGEST_PORT").map(Integer::parseInt).orElse(8082),
                env.apply("SUMMIT_PG_PORT").map(Integer::parseInt).orElse(15432),
                env.apply("SUMMIT_KAFKA_PORT").map(Integer::parseInt).orElse(19092),
                env.apply("SUMMIT_KAFKA_CONTROLLER_PORT").map(Integer::parseInt).orElse(19093),
                kafkaClasspath,
                env.apply("SUMMIT_KAFKA_BOOTSTRAP"),
                env.apply("SUMMIT_PG_URL"),
                env.apply("SUMMIT_PG_USER").orElse("postgres"),
                env.apply("SUMMIT_PG_PASSWORD").orElse(""),
                "ingest",
                "catalog",
                Optional.of(env.apply("SUMMIT_SEEDS_DIR").map(Path::of).orElse(root.resolve("seeds")).toAbsolutePath()));
    }

    public Path logDir() {
        return dataDir.resolve("logs");
    }
}
