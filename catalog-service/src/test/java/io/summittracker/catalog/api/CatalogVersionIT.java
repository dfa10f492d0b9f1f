package io.summittracker.catalog.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.summittracker.embedded.testing.KafkaTestResource;
import io.summittracker.embedded.testing.PostgresTestResource;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** The remembered catalog version behind ETags and cached answers never outlives a change made by this replica. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
class CatalogVersionIT {

    @Inject
    CatalogVersion version;

    @Test
    void aCommittedChangeIsSeenAtOnceAndARolledBackOneLeavesTheVersion() {
        long before = version.current();
        assertEquals(before, version.remembered().orElseThrow());

        try {
            QuarkusTransaction.requiringNew().run(() -> {
                version.bump();
                throw new IllegalStateException("roll back");
            });
        } catch (IllegalStateException expected) {
            // rolled back
        }
        assertEquals(before, version.remembered().orElseThrow(), "a rollback keeps what is remembered");

        String etag = given().get("/api/v1/topics").then().statusCode(200).extract().header("ETag");
        QuarkusTransaction.requiringNew().run(version::bump);
        assertTrue(version.remembered().isEmpty(), "a commit forgets the remembered version");
        String next = given().get("/api/v1/topics").then().statusCode(200).extract().header("ETag");
        long shown = Long.parseLong(next.replaceAll("[^0-9]", ""));
        assertTrue(shown > before, "the ETag names the new version, not " + next);
        given().header("If-None-Match", etag).get("/api/v1/topics").then().statusCode(200);
        given().header("If-None-Match", next).get("/api/v1/topics").then().statusCode(304);
    }
}
