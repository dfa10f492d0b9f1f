package io.summittracker.embedded.postgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * A real PostgreSQL server run from the binaries on the classpath, with its data in a folder of ours, so
 * that a second start reuses the data. PostgreSQL refuses to run as root; as root we start it inside a
 * new user namespace ({@code unshare -U}), where it runs as an unprivileged user.
 */
public final class PostgresServer implements AutoCloseable {

    public static final String SUPERUSER = "postgres";
    private static final Pattern SAFE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private final Path binaries;
    private final Path dataDir;
    private final Path logFile;
    private final int port;
    private volatile boolean running;

    private PostgresServer(Path binaries, Path dataDir, Path logFile, int port) {
        this.binaries = binaries;
        this.dataDir = dataDir;
        this.logFile = logFile;
        this.port = port;
    }

    /**
     * Starts a server on 127.0.0.1:{@code port} with its data in {@code dataDir} (created and initialised when
     * empty). Binaries are unpacked once into {@code cacheDir}.
     */
    public static PostgresServer start(Path dataDir, int port, Path cacheDir) {
        Path binaries = PostgresBinaries.install(cacheDir);
        PostgresServer server = new PostgresServer(binaries, dataDir.toAbsolutePath(),
                dataDir.toAbsolutePath().resolveSibling(dataDir.getFileName() + ".log"), port);
        server.initIfEmpty();
        server.startServer();
        return server;
    }

    public int port() {
        return port;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    public void createDatabaseIfAbsent(String name) {
        requireSafe(name);
        try (Connection c = connect("postgres"); Statement s = c.createStatement()) {
            var rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'");
            if (!rs.next()) {
                s.execute("CREATE DATABASE " + name);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + name, e);
        }
    }

    public void dropDatabase(String name) {
        requireSafe(name);
        try (Connection c = connect("postgres"); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not drop database " + name, e);
        }
    }

    public Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), SUPERUSER, "");
    }

    @Override
    public synchronized void close() {
        if (!running) {
            return;
        }
        run(List.of(bin("pg_ctl"), "-D", dataDir.toString(), "-m", "fast", "-w", "-t", "60", "stop"));
        running = false;
    }

    private void initIfEmpty() {
        if (Files.exists(dataDir.resolve("PG_VERSION"))) {
            return;
        }
        try {
            Files.createDirectories(dataDir.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        run(List.of(bin("initdb"), "-D", dataDir.toString(), "-U", SUPERUSER, "-A", "trust", "-E", "UTF-8",
                "--no-locale", "--no-sync"));
    }

    private void startServer() {
        if (Files.exists(dataDir.resolve("postmaster.pid")) && succeeds(List.of(bin("pg_ctl"), "-D", dataDir.toString(), "status"))) {
            // A server left running by a run that was killed: stop it, so this start owns the server it uses.
            run(List.of(bin("pg_ctl"), "-D", dataDir.toString(), "-m", "fast", "-w", "-t", "60", "stop"));
        }
        // TCP on loopback only: no Unix socket, so no shared /tmp or /var/run folder is needed.
        String options = "-p " + port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c fsync=on";
        run(List.of(bin("pg_ctl"), "-D", dataDir.toString(), "-o", options, "-l", logFile.toString(), "-w", "-t", "60",
                "start"));
        running = true;
    }

    private String bin(String name) {
        return binaries.resolve("bin").resolve(name).toString();
    }

    private boolean succeeds(List<String> command) {
        try {
            run(command);
            return true;
        } catch (IllegalStateException e) {
            return false;
        }
    }

    private void run(List<String> command) {
        List<String> full = new ArrayList<>();
        if (isRoot()) {
            full.addAll(List.of("unshare", "-U"));
        }
        full.addAll(command);
        try {
            Path output = Files.createTempFile("pg-cmd", ".log");
            Process process = new ProcessBuilder(full).redirectErrorStream(true).redirectOutput(output.toFile()).start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("Timed out: " + String.join(" ", command));
            }
            String log = Files.readString(output);
            Files.deleteIfExists(output);
            if (process.exitValue() != 0) {
                throw new IllegalStateException("PostgreSQL command failed (" + process.exitValue() + "): "
                        + String.join(" ", command) + "\n" + log + tail(logFile));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted: " + String.join(" ", command), e);
        }
    }

    private static String tail(Path file) {
        try {
            if (!Files.exists(file)) {
                return "";
            }
            List<String> lines = Files.readAllLines(file);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        } catch (IOException e) {
            return "";
        }
    }

    static boolean isRoot() {
        try {
            return Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
        } catch (IOException | UnsupportedOperationException e) {
            return "root".equals(System.getProperty("user.name"));
        }
    }

    private static void requireSafe(String name) {
        if (!SAFE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a safe database name: " + name);
        }
    }
}
