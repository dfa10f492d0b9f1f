package io.summittracker.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One Quarkus service of ours, run from its packaged application in a JVM of its own. */
final class ServiceProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final Path app;
    private final int port;
    private final Map<String, String> environment;
    private final Path log;
    private Process process;
    private Duration startupTime;

    private final List<String> jvmOptions;

    ServiceProcess(String name, Path app, int port, List<String> jvmOptions, Map<String, String> environment, Path log) {
        this.name = name;
        this.jvmOptions = jvmOptions;
        this.app = app;
        this.port = port;
        this.environment = new java.util.HashMap<>(environment);
        this.log = log;
    }

    String name() {
        return name;
    }

    int port() {
        return port;
    }

    long pid() {
        return process.pid();
    }

    Duration startupTime() {
        return startupTime;
    }

    /** Starts the service and waits until its readiness check answers UP. */
    void start(Duration timeout) {
        if (!Files.exists(app)) {
            throw new IllegalStateException(name + " is not built: " + app + " is missing (run ./mvnw package -DskipTests)");
        }
        long started = System.nanoTime();
        try {
            Files.createDirectories(log.getParent());
            List<String> command = new ArrayList<>();
            command.add(ChildProcesses.javaExecutable());
            command.addAll(jvmOptions);
            command.addAll(List.of("-jar", app.toString()));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            // glibc's per-thread malloc arenas otherwise add tens of MB of RSS to a JVM.
            builder.environment().putIfAbsent("MALLOC_ARENA_MAX", "2");
            builder.environment().putAll(environment);
            builder.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        awaitReady(timeout);
        startupTime = Duration.ofNanos(System.nanoTime() - started);
    }

    /** Changes settings for the next start (e.g. another database). */
    void reconfigure(Map<String, String> changes) {
        environment.putAll(changes);
    }

    /** Stops the service; {@code gracefully} false kills it at once, as a crash would. */
    void stop(boolean gracefully) {
        if (process == null) {
            return;
        }
        if (gracefully) {
            ChildProcesses.stop(process, Duration.ofSeconds(15));
        } else {
            process.destroyForcibly();
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void close() {
        stop(true);
    }

    private void awaitReady(Duration timeout) {
        URI health = URI.create("http://127.0.0.1:" + port + "/q/health/ready");
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log);
            }
            try {
                HttpResponse<Void> r = HTTP.send(HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(250);
        }
        throw new IllegalStateException(name + " not ready after " + timeout.toSeconds() + " s; see " + log);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
