package io.summittracker.web.error;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.summittracker.web.UnreachableCatalog;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(UnreachableCatalog.class)
class CatalogUnavailableTest {

    @Test
    void anUnreachableCatalogGivesAFriendlyPageNotAStackTrace() {
        given().get("/").then().statusCode(503)
                .contentType(containsString("text/html"))
                .body(containsString("The catalog is unavailable"))
                .body(containsString("try again"))
                .body(not(containsString("Exception")))
                .body(not(containsString("at io.")));
    }
}
