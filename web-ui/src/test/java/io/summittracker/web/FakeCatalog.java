package io.summittracker.web;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** A stand-in catalog API on a free port, answering with fixed JSON: the portal's pages without the stack. */
public class FakeCatalog implements QuarkusTestResourceLifecycleManager {

    public static final String DOCUMENT_ID = "0123456789abcdef";
    public static final String TITLE = "Reykjavik <1986> & after";
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String doc = "{\"id\":\"" + DOCUMENT_ID + "\",\"title\":\"Reykjavik <1986> & after\",\"authors\":[\"A. Writer\"],"
                + "\"filename\":\"r.txt\",\"receivedAt\":\"2026-01-02T03:04:05Z\"";
        respond("/api/v1/documents", "{\"items\":[" + doc + "}],\"total\":1}");
        respond("/api/v1/documents/" + DOCUMENT_ID, doc + ",\"text\":\"Reykjavik <1986> & after\\n\\n<script>alert('x')</script> Reagan met Gorbachev.\\n\"}");
        server.start();
        return Map.of("quarkus.rest-client.catalog.url", "http://127.0.0.1:" + server.getAddress().getPort());
    }

    private void respond(String path, String json) {
        server.createContext(path, exchange -> {
            boolean exact = exchange.getRequestURI().getPath().equals(path);
            byte[] body = (exact ? json : "{\"status\":404}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(exact ? 200 : 404, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
    }

    @Override
    public void stop() {
        server.stop(0);
    }
}
