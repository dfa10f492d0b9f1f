package io.summittracker.embedded.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.summittracker.embedded.kafka.InProcessKafka;
import java.util.Map;

/**
 * Points a Quarkus test application at a real Kafka broker: an in-process KRaft broker shared by the test
 * JVM, or an external one when {@code SUMMIT_TEST_KAFKA_BOOTSTRAP} is set.
 */
public class KafkaTestResource implements QuarkusTestResourceLifecycleManager {

    private static InProcessKafka broker;

    @Override
    public Map<String, String> start() {
        return Map.of("kafka.bootstrap.servers", bootstrapServers());
    }

    @Override
    public void stop() {
        // The broker is shared by every test of the JVM; a shutdown hook stops it.
    }

    public static synchronized String bootstrapServers() {
        String external = System.getenv("SUMMIT_TEST_KAFKA_BOOTSTRAP");
        if (external != null && !external.isBlank()) {
            return external;
        }
        if (broker == null) {
            broker = InProcessKafka.start();
            Runtime.getRuntime().addShutdownHook(new Thread(broker::close, "stop-test-kafka"));
        }
        return broker.bootstrapServers();
    }
}
