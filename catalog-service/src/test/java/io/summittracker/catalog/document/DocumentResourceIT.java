package io.summittracker.catalog.document;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.summittracker.catalog.KafkaEvents;
import io.summittracker.embedded.testing.KafkaTestResource;
import io.summittracker.catalog.TestEvents;
import io.summittracker.embedded.testing.PostgresTestResource;
import io.summittracker.events.CloudEvent;
import io.summittracker.events.DocumentEvents;
import io.summittracker.events.DocumentIngested;
import java.time.Duration;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
class DocumentResourceIT {

    @Test
    void aDocumentIsServedOnceItsEventHasArrived() {
        CloudEvent<DocumentIngested> event = TestEvents.document("Geneva, June 2021");
        String id = event.subject();
        given().get("/api/v1/documents/" + id + "/extraction").then().statusCode(404)
                .contentType("application/problem+json");

        KafkaEvents.publishDocument(id, DocumentEvents.toJson(event));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/api/v1/documents/" + id).then().statusCode(200)
                        .body("title", equalTo("Geneva, June 2021"))
                        .body("text", startsWith("Geneva, June 2021\n"))
                        .body("published", equalTo("2021-06-17"))
                        .body("authors", contains("A. Author")));
        given().get("/api/v1/documents/" + id + "/extraction").then().statusCode(200)
                .body("document.id", equalTo(id))
                .body("document.title", equalTo("Geneva, June 2021"))
                .body("document.publisher", equalTo("A Publisher"))
                .body("topics.slug", contains("diplomacy"));
        given().get("/api/v1/documents").then().statusCode(200)
                .body("items.id", hasItem(id));
    }

    @Test
    void badPagingIsABadRequest() {
        given().queryParam("limit", 0).get("/api/v1/documents").then().statusCode(400)
                .contentType("application/problem+json");
        given().queryParam("limit", 501).get("/api/v1/documents").then().statusCode(400);
        given().queryParam("cursor", "not-a-cursor").get("/api/v1/documents").then().statusCode(400)
                .contentType("application/problem+json").body("title", equalTo("Bad cursor"));
    }

    @Test
    void healthAndOpenApiAreServed() {
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/openapi?format=json").then().statusCode(200).body("paths", org.hamcrest.Matchers.hasKey("/api/v1/documents/{id}/extraction"));
    }
}
