package io.summittracker.ingest;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import java.util.HashMap;
import java.util.Map;

/** Unit tests only: the outgoing channel goes to an in-memory sink instead of Kafka. */
public class InMemoryMessaging implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return new HashMap<>(InMemoryConnector.switchOutgoingChannelsToInMemory("documents-out"));
    }

    @Override
    public void stop() {
        InMemoryConnector.clear();
    }
}
