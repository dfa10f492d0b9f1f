package io.summittracker.web;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;

/** A profile in which the catalog API is at a port where nothing listens. */
public class UnreachableCatalog implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        try (ServerSocket s = new ServerSocket(0)) {
            return Map.of("quarkus.rest-client.catalog.url", "http://127.0.0.1:" + s.getLocalPort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
