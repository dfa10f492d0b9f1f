package io.summittracker.localstack;

import io.summittracker.embedded.postgres.PostgresServer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole system on one machine: PostgreSQL (embedded, or external), Kafka (in its own JVM, or external),
 * then the catalog, ingest and web services, which ingests the seeds. Ctrl-C stops all of it.
 */
public final class LocalStack implements AutoCloseable {

    static final String DOCUMENTS_TOPIC = "summit.documents.v1";
    static final String DEAD_LETTER_TOPIC = "summit.documents.v1.dlq";
    static final List<String> TOPICS = List.of(DOCUMENTS_TOPIC, DEAD_LETTER_TOPIC, "summit.corrections.v1", "summit.corrections.v1.dlq");
    private static final Duration SERVICE_TIMEOUT = Duration.ofSeconds(120);
    /**
     * JVM settings sized for a small machine (see docs/benchmarks.md): serial GC, small thread stacks and
     * code cache; the heap per service as measured under load. SUMMIT_JAVA_OPTS adds to them.
     */
    private static final List<String> COMMON_JVM_OPTIONS = List.of("-XX:+UseSerialGC", "-Xss512k",
            "-XX:MaxMetaspaceSize=192m", "-XX:MaxDirectMemorySize=64m");
    private static final Map<String, List<String>> SERVICE_JVM_OPTIONS = Map.of(
            "catalog-service", List.of("-Xmx192m", "-XX:ReservedCodeCacheSize=64m"),
            // C1 only: on two cores C2 compilations compete with the work itself; measured faster and ~90 MB smaller.
            "ingest-service", List.of("-Xmx128m", "-XX:TieredStopAtLevel=1", "-XX:ReservedCodeCacheSize=32m"),
            "web-ui", List.of("-Xmx96m", "-XX:ReservedCodeCacheSize=48m"));

    private final StackSettings settings;
    private final List<AutoCloseable> started = new ArrayList<>();
    private final Map<String, ServiceProcess> services = new LinkedHashMap<>();
    private final List<String> extraDatabases = new ArrayList<>();
    private PostgresServer postgres;
    private EditorToken editorToken;
    private String jdbcBase;
    private String bootstrap;

    public LocalStack(StackSettings settings) {
        this.settings = settings;
    }

    public static void main(String[] args) {
        Path root = Path.of(System.getProperty("summit.root", ".")).toAbsolutePath().normalize();
        String kafkaClasspath = System.getProperty("summit.kafka.classpath",
                root.resolve("deploy/local-stack/target/lib/*").toString());
        LocalStack stack = new LocalStack(StackSettings.fromEnvironment(root, kafkaClasspath));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("\nStopping Summit Tracker ...");
            stack.close();
            System.out.println("Stopped. Data kept in " + stack.settings.dataDir());
        }, "local-stack-shutdown"));
        long begin = System.nanoTime();
        try {
            stack.start();
        } catch (RuntimeException e) {
            System.err.println("\nSummit Tracker could not start: " + e.getMessage());
            System.exit(1);
        }
        System.out.printf("%nSummit Tracker is ready in %.1f s (data in %s, logs in %s):%n",
                (System.nanoTime() - begin) / 1e9, stack.settings.dataDir(), stack.settings.logDir());
        System.out.println("  Portal       http://localhost:" + stack.settings.webPort() + "/");
        System.out.println("  Catalog API  http://localhost:" + stack.settings.catalogPort() + "/q/swagger-ui  (OpenAPI at /q/openapi)");
        System.out.println("  Ingest API   http://localhost:" + stack.settings.ingestPort() + "/api/v1/documents");
        System.out.println("  Editor token " + stack.editorToken.tokenFile() + "  (curl -H \"Authorization: Bearer $(cat that-file)\" ...)");
        System.out.println("Press Ctrl-C to stop.");
        // The services are processes, not threads: keep this JVM (and its shutdown hook) alive until Ctrl-C.
        try {
            new java.util.concurrent.CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public void start() {
        startPostgres();
        startKafka();
        editorToken = EditorToken.prepare(settings.dataDir().resolve("auth"));
        startService("catalog-service", settings.catalogPort(), Map.of(
                "QUARKUS_DATASOURCE_JDBC_URL", jdbcBase + settings.catalogDatabase(),
                "QUARKUS_DATASOURCE_USERNAME", settings.postgresUser(),
                "QUARKUS_DATASOURCE_PASSWORD", settings.postgresPassword(),
                "KAFKA_BOOTSTRAP_SERVERS", bootstrap,
                "MP_JWT_VERIFY_PUBLICKEY_LOCATION", editorToken.publicKey().toUri().toString(),
                "MP_JWT_VERIFY_ISSUER", EditorToken.ISSUER));
        Map<String, String> ingestEnv = new LinkedHashMap<>(Map.of(
                "QUARKUS_DATASOURCE_JDBC_URL", jdbcBase + settings.ingestDatabase(),
                "QUARKUS_DATASOURCE_USERNAME", settings.postgresUser(),
                "QUARKUS_DATASOURCE_PASSWORD", settings.postgresPassword(),
                "KAFKA_BOOTSTRAP_SERVERS", bootstrap));
        settings.seedsDir().ifPresent(dir -> ingestEnv.put("SUMMIT_INGEST_SEEDS_DIR", dir.toString()));
        startService("ingest-service", settings.ingestPort(), ingestEnv);
        startService("web-ui", settings.webPort(), Map.of(
                "QUARKUS_REST_CLIENT_CATALOG_URL", "http://127.0.0.1:" + settings.catalogPort(),
                "QUARKUS_REST_CLIENT_INGEST_URL", "http://127.0.0.1:" + settings.ingestPort()));
    }

    /** Startup time of each service, for the benchmark notes. */
    public Map<String, Duration> startupTimes() {
        Map<String, Duration> times = new LinkedHashMap<>();
        services.forEach((name, s) -> times.put(name, s.startupTime()));
        return times;
    }

    public long pid(String service) {
        return services.get(service).pid();
    }

    /** Kills a service at once, as a crash would (for tests of what survives a crash). */
    public void crash(String service) {
        services.get(service).stop(false);
    }

    public void restart(String service) {
        ServiceProcess s = services.get(service);
        s.stop(true);
        s.start(SERVICE_TIMEOUT);
    }

    /**
     * Rebuilds the catalog from the event log: a new, empty database and a new consumer group, so the
     * catalog replays the topic from its first event. The old database is left as it was.
     */
    public void rebuildCatalogInto(String database, String consumerGroup) {
        createDatabaseIfAbsent(database);
        extraDatabases.add(database);
        ServiceProcess catalog = services.get("catalog-service");
        catalog.stop(true);
        catalog.reconfigure(Map.of("QUARKUS_DATASOURCE_JDBC_URL", jdbcBase + database,
                "SUMMIT_CATALOG_CONSUMER_GROUP", consumerGroup));
        catalog.start(SERVICE_TIMEOUT);
    }

    /** A bearer token with the editor role, valid for the catalog of this stack. */
    public String editorToken() {
        return editorToken.token();
    }

    public StackSettings settings() {
        return settings;
    }

    /** Stops everything and drops the stack's databases (for tests that own their databases). */
    public synchronized void closeAndDropDatabases() {
        stopServices();
        List<String> databases = new ArrayList<>(List.of(settings.ingestDatabase(), settings.catalogDatabase()));
        databases.addAll(extraDatabases);
        for (String db : databases) {
            execute("DROP DATABASE IF EXISTS " + db + " WITH (FORCE)");
        }
        close();
    }

    @Override
    public synchronized void close() {
        stopServices();
        for (int i = started.size() - 1; i >= 0; i--) {
            try {
                started.get(i).close();
            } catch (Exception e) {
                System.err.println("While stopping: " + e.getMessage());
            }
        }
        started.clear();
    }

    private void stopServices() {
        List<ServiceProcess> running = new ArrayList<>(services.values());
        java.util.Collections.reverse(running);
        running.forEach(ServiceProcess::close);
        services.clear();
    }

    private void startPostgres() {
        if (settings.externalPostgresUrl().isPresent()) {
            String url = settings.externalPostgresUrl().get();
            jdbcBase = url.substring(0, url.lastIndexOf('/') + 1);
            log("Using external PostgreSQL at " + jdbcBase);
        } else {
            log("Starting PostgreSQL on port " + settings.postgresPort() + " ...");
            postgres = PostgresServer.start(settings.dataDir().resolve("postgres"), settings.postgresPort(),
                    settings.dataDir().resolve("cache"));
            started.add(postgres);
            jdbcBase = "jdbc:postgresql://127.0.0.1:" + settings.postgresPort() + "/";
        }
        for (String db : List.of(settings.ingestDatabase(), settings.catalogDatabase())) {
            createDatabaseIfAbsent(db);
        }
    }

    private void startKafka() {
        if (settings.externalKafka().isPresent()) {
            bootstrap = settings.externalKafka().get();
            log("Using external Kafka at " + bootstrap);
        } else {
            log("Starting Kafka on port " + settings.kafkaPort() + " ...");
            KafkaBroker broker = KafkaBroker.start(settings.dataDir().resolve("kafka"), settings.kafkaPort(),
                    settings.kafkaControllerPort(), settings.kafkaClasspath(), settings.logDir().resolve("kafka.log"));
            started.add(broker);
            bootstrap = broker.bootstrapServers();
        }
        KafkaBroker.createTopics(bootstrap, TOPICS);
    }

    private void startService(String name, int port, Map<String, String> environment) {
        log("Starting " + name + " on port " + port + " ...");
        Path app = settings.root().resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
        List<String> jvm = new ArrayList<>(COMMON_JVM_OPTIONS);
        jvm.addAll(SERVICE_JVM_OPTIONS.getOrDefault(name, List.of("-Xmx192m")));
        String extra = System.getenv("SUMMIT_JAVA_OPTS");
        if (extra != null && !extra.isBlank()) {
            jvm.addAll(List.of(extra.trim().split("\\s+")));
        }
        ServiceProcess service = new ServiceProcess(name, app, port, jvm, environment, settings.logDir().resolve(name + ".log"));
        services.put(name, service);
        service.start(SERVICE_TIMEOUT);
        log(String.format("  %s ready in %.1f s", name, service.startupTime().toMillis() / 1000.0));
    }

    private void createDatabaseIfAbsent(String db) {
        try (Connection c = maintenanceConnection();
                var check = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            check.setString(1, db);
            if (!check.executeQuery().next()) {
                try (var s = c.createStatement()) {
                    s.execute("CREATE DATABASE " + db);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + db + ": " + e.getMessage(), e);
        }
    }

    private void execute(String sql) {
        try (Connection c = maintenanceConnection(); var s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not run " + sql + ": " + e.getMessage(), e);
        }
    }

    private Connection maintenanceConnection() throws SQLException {
        String url = settings.externalPostgresUrl().orElse(jdbcBase + "postgres");
        return DriverManager.getConnection(url, settings.postgresUser(), settings.postgresPassword());
    }

    private static void log(String message) {
        System.out.println(message);
    }
}
