package io.summittracker.catalog;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import java.util.HashMap;
import java.util.Map;

/** Unit tests only: the incoming channel reads from an in-memory source instead of Kafka. */
public class InMemoryMessaging implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(InMemoryConnector.switchIncomingChannelsToInMemory("documents-in", "corrections-in"));
        config.putAll(InMemoryConnector.switchOutgoingChannelsToInMemory("corrections-out"));
        return config;
    }

    @Override
    public void stop() {
        InMemoryConnector.clear();
    }
}
