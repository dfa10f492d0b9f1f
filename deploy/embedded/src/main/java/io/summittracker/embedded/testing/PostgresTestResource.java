package io.summittracker.embedded.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.summittracker.embedded.postgres.PostgresServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;

/**
 * Gives each Quarkus test application a fresh database of its own, created before and dropped after it.
 * The server is an embedded real PostgreSQL shared by the test JVM, or, when {@code SUMMIT_TEST_PG_URL}
 * is set (e.g. {@code jdbc:postgresql://db:5432/postgres?user=u&password=p}), an external one.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private static PostgresServer embedded;
    private String database;

    @Override
    public Map<String, String> start() {
        database = "test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        String external = System.getenv("SUMMIT_TEST_PG_URL");
        if (external != null && !external.isBlank()) {
            execute(external, "CREATE DATABASE " + database);
            return Map.of("quarkus.datasource.jdbc.url", external.replaceFirst("/[^/?]+(\\?|$)", "/" + database + "$1"));
        }
        PostgresServer server = server();
        server.createDatabaseIfAbsent(database);
        return Map.of(
                "quarkus.datasource.jdbc.url", server.jdbcUrl(database),
                "quarkus.datasource.username", PostgresServer.SUPERUSER,
                "quarkus.datasource.password", "");
    }

    @Override
    public void stop() {
        String external = System.getenv("SUMMIT_TEST_PG_URL");
        if (external != null && !external.isBlank()) {
            execute(external, "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        } else if (embedded != null) {
            embedded.dropDatabase(database);
        }
    }

    /** The shared embedded server, started on first use and stopped when the JVM exits. */
    public static synchronized PostgresServer server() {
        if (embedded == null) {
            try {
                Path data = Files.createTempDirectory("summit-test-pg").resolve("data");
                Path cache = Path.of(System.getProperty("java.io.tmpdir"), "summit-tracker-postgres");
                embedded = PostgresServer.start(data, freePort(), cache);
                Runtime.getRuntime().addShutdownHook(new Thread(embedded::close, "stop-test-postgres"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return embedded;
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void execute(String url, String sql) {
        try (Connection c = DriverManager.getConnection(url); var s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not run " + sql, e);
        }
    }
}
