package io.summittracker.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A stand-in catalog API and ingest API on a free port, answering with fixed JSON: the portal's pages
 * without the stack. {@code GET /api/v1/X} answers src/test/resources/fake-catalog/X.json (query ignored),
 * or a 404 problem. The ingest API is under /ingest: a posted article containing {@link #REJECTED_MARKER}
 * is refused with a 422 problem; any other is accepted as {@link #QUEUED_ID} (queued, not yet in the catalog).
 * A list asked for with {@code ?cursor=C} answers X@C.json (the fixtures' {@code next} cursors lead there);
 * {@code cursor=bad} gets a 400 problem, as a damaged cursor does.
 * {@code POST /api/v1/corrections} is recorded in {@link #CORRECTIONS} and answered like the catalog: 401 for a
 * bearer token whose subject is {@link #REFUSED_EDITOR}, 403 for {@link #NOT_EDITOR}, a 404 problem for a
 * correction that names {@link #UNKNOWN_TARGET}, 201 otherwise.
 */
public class FakeCatalog implements QuarkusTestResourceLifecycleManager {

    public static final String DOCUMENT_ID = "0123456789abcdef";
    public static final String TITLE = "Reykjavik <1986> & after";
    public static final String QUEUED_ID = "feedfacefeedface";
    public static final String REJECTED_MARKER = "PLEASE-REJECT";
    /** Request URIs (path and query) the fake received, to check the filters the portal sends on. */
    public static final List<String> REQUESTS = new CopyOnWriteArrayList<>();
    /** Bodies posted to the fake ingest API. */
    public static final List<String> POSTED = new CopyOnWriteArrayList<>();
    public static final String REFUSED_EDITOR = "revoked-editor";
    public static final String NOT_EDITOR = "reader";
    public static final String UNKNOWN_TARGET = "no-such-fact";

    /** A correction as the catalog received it: the Authorization header and the JSON body. */
    public record Received(String authorization, String body) {
    }

    public static final List<Received> CORRECTIONS = new CopyOnWriteArrayList<>();
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/api/v1/", this::catalog);
        server.createContext("/api/v1/corrections", this::corrections);
        server.createContext("/ingest/api/v1/documents", this::ingest);
        server.start();
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        return Map.of("quarkus.rest-client.catalog.url", base, "quarkus.rest-client.ingest.url", base + "/ingest");
    }

    private void catalog(HttpExchange exchange) throws IOException {
        REQUESTS.add(exchange.getRequestURI().toString());
        String path = exchange.getRequestURI().getPath().substring("/api/v1/".length());
        String query = exchange.getRequestURI().getQuery();
        if (query != null && query.matches("(.*&)?cursor=bad(&.*)?")) {
            send(exchange, 400, "application/problem+json", "{\"title\":\"Bad cursor\",\"status\":400}");
            return;
        }
        if (query != null && query.matches("(.*&)?cursor=[A-Za-z0-9_-]+(&.*)?")) {
            path = path + "@" + query.replaceAll("(.*&)?cursor=([A-Za-z0-9_-]+)(&.*)?", "$2");
        }
        try (InputStream fixture = path.contains("..") ? null
                : FakeCatalog.class.getResourceAsStream("/fake-catalog/" + path + ".json")) {
            if (fixture == null) {
                send(exchange, 404, "application/problem+json", "{\"title\":\"Not Found\",\"status\":404}");
            } else {
                send(exchange, 200, "application/json", new String(fixture.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
    }

    private void corrections(HttpExchange exchange) throws IOException {
        if (!exchange.getRequestMethod().equals("POST")) {
            send(exchange, 200, "application/json", "{\"items\":[],\"total\":0,\"next\":null}");
            return;
        }
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        CORRECTIONS.add(new Received(authorization, body));
        String subject = subjectOf(authorization);
        if (subject == null || subject.equals(REFUSED_EDITOR)) {
            exchange.getResponseHeaders().add("WWW-Authenticate", "Bearer");
            send(exchange, 401, "application/problem+json", "{\"title\":\"Unauthorized\",\"status\":401,"
                    + "\"detail\":\"Corrections need a bearer token of an editor.\"}");
        } else if (subject.equals(NOT_EDITOR)) {
            send(exchange, 403, "application/problem+json", "{\"title\":\"Forbidden\",\"status\":403,"
                    + "\"detail\":\"Only editors may correct the catalog.\"}");
        } else if (body.contains(UNKNOWN_TARGET)) {
            send(exchange, 404, "application/problem+json", "{\"title\":\"No such outcome\",\"status\":404,"
                    + "\"detail\":\"No outcome " + UNKNOWN_TARGET + " <here>.\"}");
        } else {
            send(exchange, 201, "application/json", "{\"id\":1,\"editor\":\"" + subject + "\"}");
        }
    }

    /** The subject of a bearer JWT (unverified: this is a fake). */
    private static String subjectOf(String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return null;
        }
        String[] parts = authorization.substring(7).split("\\.");
        if (parts.length < 2) {
            return null;
        }
        String claims = new String(java.util.Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        java.util.regex.Matcher sub = java.util.regex.Pattern.compile("\"sub\":\"([^\"]*)\"").matcher(claims);
        return sub.find() ? sub.group(1) : null;
    }

    private void ingest(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        if (exchange.getRequestMethod().equals("POST")) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            POSTED.add(body);
            if (body.contains(REJECTED_MARKER)) {
                send(exchange, 422, "application/problem+json", "{\"title\":\"Unprocessable\",\"status\":422,"
                        + "\"detail\":\"The article has no readable text <sorry>.\"}");
            } else {
                exchange.getResponseHeaders().add("Location", "/api/v1/documents/" + QUEUED_ID);
                send(exchange, 202, "application/json", "{\"id\":\"" + QUEUED_ID + "\",\"state\":\"queued\",\"created\":true}");
            }
        } else if (path.endsWith("/" + QUEUED_ID) || path.endsWith("/" + DOCUMENT_ID)) {
            String id = path.substring(path.lastIndexOf('/') + 1);
            send(exchange, 200, "application/json", "{\"id\":\"" + id + "\",\"state\":\"queued\"}");
        } else {
            send(exchange, 404, "application/problem+json", "{\"title\":\"Not Found\",\"status\":404,\"detail\":\"No such document\"}");
        }
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void stop() {
        server.stop(0);
    }
}
