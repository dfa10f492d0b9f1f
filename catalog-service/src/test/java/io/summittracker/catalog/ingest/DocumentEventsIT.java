package io.summittracker.catalog.ingest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.summittracker.catalog.KafkaEvents;
import io.summittracker.catalog.TestEvents;
import io.summittracker.embedded.testing.KafkaTestResource;
import io.summittracker.catalog.document.Document;
import io.summittracker.embedded.testing.PostgresTestResource;
import io.summittracker.events.CloudEvent;
import io.summittracker.events.DocumentEvents;
import io.summittracker.events.DocumentIngested;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

/** The consumer on a real Kafka broker and a real PostgreSQL: exactly-once effect and the dead-letter topic. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
class DocumentEventsIT {

    @Test
    void aRedeliveredEventChangesNothing() {
        CloudEvent<DocumentIngested> event = TestEvents.document("Duplicate delivery");
        send(event.subject(), DocumentEvents.toJson(event));
        send(event.subject(), DocumentEvents.toJson(event));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/api/v1/documents/" + event.subject()).then().statusCode(200));
        var storedAt = QuarkusTransaction.requiringNew().call(() -> Document.<Document>findById(event.subject()).storedAt);

        // A later marker event proves both copies have been consumed before we look.
        CloudEvent<DocumentIngested> marker = TestEvents.document("Marker");
        send(marker.subject(), DocumentEvents.toJson(marker));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/api/v1/documents/" + marker.subject()).then().statusCode(200));

        long processed = QuarkusTransaction.requiringNew().call(() -> ProcessedEvent.count("documentId", event.subject()));
        assertEquals(1, processed);
        assertEquals(storedAt, QuarkusTransaction.requiringNew().call(() -> Document.<Document>findById(event.subject()).storedAt));
    }

    @Test
    void aPoisonEventGoesToTheDeadLetterTopicWithItsReasonAndDoesNotBlockThePartition() {
        String key = "poison-" + UUID.randomUUID();
        send(key, "{ this is not a cloud event");
        CloudEvent<DocumentIngested> wrongType = TestEvents.document("Wrong type");
        String wrongTypeJson = DocumentEvents.toJson(wrongType).replace(DocumentEvents.INGESTED_TYPE, "com.example.other.v9");
        send(key, wrongTypeJson);
        CloudEvent<DocumentIngested> good = TestEvents.document("After the poison");
        send(key, DocumentEvents.toJson(good));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/api/v1/documents/" + good.subject()).then().statusCode(200)
                        .body("title", equalTo("After the poison")));

        List<ConsumerRecord<String, String>> dead = readDeadLetters(key, 2);
        assertEquals(2, dead.size());
        Header reason = dead.get(0).headers().lastHeader("dead-letter-reason");
        assertNotNull(reason, "the dead letter carries its reason");
        assertTrue(new String(reason.value(), StandardCharsets.UTF_8).contains("not a JSON CloudEvent"));
        assertTrue(new String(dead.get(1).headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8)
                .contains("unsupported event type"));
    }

    private static void send(String key, String value) {
        KafkaEvents.publishDocument(key, value);
    }

    private static List<ConsumerRecord<String, String>> readDeadLetters(String key, int expected) {
        return KafkaEvents.read(DocumentEvents.DEAD_LETTER_TOPIC, r -> key.equals(r.key()), expected);
    }
}
