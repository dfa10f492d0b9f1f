package io.summittracker.catalog;

import io.summittracker.embedded.testing.KafkaTestResource;
import io.summittracker.events.CorrectionEvents;
import io.summittracker.events.DocumentEvents;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Integration tests publish and read events on the real broker of {@link KafkaTestResource}, as the services do. */
public final class KafkaEvents {

    private static KafkaProducer<String, String> producer;

    private KafkaEvents() {
    }

    /** Publishes a document event (keyed by its subject, like the ingest service) and waits for the broker's ack. */
    public static void publishDocument(String key, String json) {
        send(DocumentEvents.TOPIC, key, json);
    }

    public static void publishCorrection(String key, String json) {
        send(CorrectionEvents.TOPIC, key, json);
    }

    public static void send(String topic, String key, String value) {
        try {
            producer().send(new ProducerRecord<>(topic, key, value)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Kafka refused the test event", e.getCause());
        }
    }

    /** Reads a topic from the start until {@code expected} records match or 30 s pass. */
    public static List<ConsumerRecord<String, String>> read(String topic, Predicate<ConsumerRecord<String, String>> match, int expected) {
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                "bootstrap.servers", KafkaTestResource.bootstrapServers(),
                "group.id", "test-reader-" + UUID.randomUUID(),
                "auto.offset.reset", "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.currentTimeMillis() + 30_000;
            while (found.size() < expected && System.currentTimeMillis() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(r -> {
                    if (match.test(r)) {
                        found.add(r);
                    }
                });
            }
        }
        return found;
    }

    private static synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers", KafkaTestResource.bootstrapServers(),
                    "acks", "all"), new StringSerializer(), new StringSerializer());
            Runtime.getRuntime().addShutdownHook(new Thread(producer::close, "close-test-producer"));
        }
        return producer;
    }
}
