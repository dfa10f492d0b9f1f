package io.summittracker.ingest.document;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import io.smallrye.reactive.messaging.memory.InMemorySink;
import io.summittracker.embedded.testing.PostgresTestResource;
import io.summittracker.events.CloudEvent;
import io.summittracker.events.DocumentEvents;
import io.summittracker.events.DocumentIngested;
import io.summittracker.ingest.InMemoryMessaging;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(InMemoryMessaging.class)
class DocumentResourceTest {

    @Inject
    @Any
    InMemoryConnector connector;

    private static String article(String title) {
        return title + "\n\nThe two presidents met in Reykjavik and agreed to continue talks on arms control. "
                + UUID.randomUUID() + "\n";
    }

    @Test
    void acceptsPlainTextAndPublishesOneCloudEventKeyedByDocumentId() {
        InMemorySink<String> sink = connector.sink("documents-out");
        String text = article("Talks in Reykjavik");

        String id = given().contentType("text/plain; charset=utf-8").body(text)
                .queryParam("filename", "reykjavik.txt")
                .when().post("/api/v1/documents")
                .then().statusCode(202)
                .header("Location", endsWith("/api/v1/documents/" + DocumentIntake.idOf(text)))
                .body("id", matchesPattern("[0-9a-f]{16}"))
                .body("created", equalTo(true))
                .extract().path("id");

        await().atMost(Duration.ofSeconds(10)).until(() -> sink.received().stream()
                .anyMatch(m -> m.getPayload().contains("\"subject\":\"" + id + "\"")));
        Message<String> message = sink.received().stream()
                .filter(m -> m.getPayload().contains("\"subject\":\"" + id + "\"")).findFirst().orElseThrow();
        CloudEvent<DocumentIngested> event = assertDoesNotThrowParse(message.getPayload());
        assertEquals(DocumentEvents.INGESTED_TYPE, event.type());
        assertEquals(text, event.data().text());
        assertEquals("reykjavik.txt", event.data().source().filename());
        assertEquals("Talks in Reykjavik", event.data().extraction().document().title());
        assertEquals(id, message.getMetadata(OutgoingKafkaRecordMetadata.class).orElseThrow().getKey());

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> given().get("/api/v1/documents/" + id)
                .then().statusCode(200).body("state", equalTo("published")).body("filename", equalTo("reykjavik.txt")));
    }

    @Test
    void theSameContentTwiceHasTheSameIdAndIsPublishedOnce() {
        InMemorySink<String> sink = connector.sink("documents-out");
        String text = article("Once only");
        String first = given().contentType("text/plain").body(text).post("/api/v1/documents")
                .then().statusCode(202).extract().path("id");
        await().atMost(Duration.ofSeconds(10)).until(() -> countFor(sink, first) == 1);

        given().contentType("text/markdown").body(text).post("/api/v1/documents")
                .then().statusCode(202).body("id", equalTo(first)).body("created", equalTo(false));
        await().during(Duration.ofMillis(1500)).atMost(Duration.ofSeconds(3)).until(() -> countFor(sink, first) == 1);
    }

    @Test
    void htmlIsReducedToTextAndTakesItsTitleFromTheDocument() {
        String html = "<html><head><title>Vienna, 1961</title><script>alert(1)</script></head><body><h1>Vienna</h1>"
                + "<p>Kennedy met Khrushchev. " + UUID.randomUUID() + "</p></body></html>";
        String id = given().contentType("text/html").body(html).post("/api/v1/documents")
                .then().statusCode(202).extract().path("id");
        given().get("/api/v1/documents/" + id).then().statusCode(200)
                .body("title", equalTo("Vienna, 1961"))
                .body("mediaType", equalTo("text/html"));
    }

    @Test
    void multipartAcceptsAFileOrPastedText() {
        String fileId = given().multiPart("file", "malta.md", article("# Malta").getBytes(StandardCharsets.UTF_8), "application/octet-stream")
                .post("/api/v1/documents").then().statusCode(202).extract().path("id");
        given().get("/api/v1/documents/" + fileId).then().body("mediaType", equalTo("text/markdown"))
                .body("filename", equalTo("malta.md"));

        given().multiPart("text", article("Pasted")).post("/api/v1/documents").then().statusCode(202)
                .body("id", matchesPattern("[0-9a-f]{16}"));

        given().multiPart("other", "x").post("/api/v1/documents").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("'file'"));
    }

    @Test
    void badInputIsRefusedWithAProblemThatSaysWhy() {
        given().contentType("text/plain").body("").post("/api/v1/documents")
                .then().statusCode(400).contentType("application/problem+json").body("title", equalTo("Empty document"));
        given().contentType("text/plain").body("   \n  ").post("/api/v1/documents")
                .then().statusCode(422).contentType("application/problem+json");
        given().contentType("image/png").body(new byte[] {1, 2, 3}).post("/api/v1/documents")
                .then().statusCode(415).contentType("application/problem+json");
        given().contentType("text/plain; charset=utf-8").body(new byte[] {(byte) 0xC3, (byte) 0x28}).post("/api/v1/documents")
                .then().statusCode(400).contentType("application/problem+json").body("detail", containsString("UTF-8"));
        given().get("/api/v1/documents/0000000000000000")
                .then().statusCode(404).contentType("application/problem+json").body("status", equalTo(404));
    }

    @Test
    void healthAndOpenApiAreServed() {
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/openapi?format=json").then().statusCode(200).body(containsString("/api/v1/documents"));
    }

    private static long countFor(InMemorySink<String> sink, String id) {
        return sink.received().stream().filter(m -> m.getPayload().contains("\"subject\":\"" + id + "\"")).count();
    }

    private static CloudEvent<DocumentIngested> assertDoesNotThrowParse(String json) {
        try {
            return DocumentEvents.parseIngested(json);
        } catch (Exception e) {
            throw new AssertionError("event does not parse: " + e.getMessage(), e);
        }
    }
}
