package io.summittracker.web.person;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.summittracker.web.FakeCatalog;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(FakeCatalog.class)
class PersonPagesTest {

    @Test
    void theDirectoryListsPeopleWithTheirRolesAndPassesTheQuery() {
        given().get("/people?q=Rea").then().statusCode(200)
                .body(containsString("href=\"/people/p-reagan\">Ronald Reagan</a>"))
                .body(containsString("President, United States"))
                .body(containsString("value=\"Rea\""));
        org.junit.jupiter.api.Assertions.assertTrue(FakeCatalog.REQUESTS.stream().anyMatch(r -> r.startsWith("/api/v1/people?") && r.contains("q=Rea")));
    }

    @Test
    void aPersonShowsRolesStatementsByTopicAndSummits() {
        String html = given().get("/people/p-reagan").then().statusCode(200)
                .body(containsString("<h1>Ronald &lt;Reagan&gt;</h1>"))
                .body(containsString("The Gipper"))
                .body(containsString("1981–1989"))
                .body(containsString("href=\"/topics/arms-control\""))
                .body(containsString("href=\"/summits/reykjavik-1986\""))
                .extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(html.indexOf("We came so close") < html.indexOf("The weather was cold."),
                "'other' comes last");
    }

    @Test
    void anUnknownPersonIsAFriendlyNotFoundPage() {
        given().get("/people/nobody").then().statusCode(404).body(containsString("Not found"));
    }
}
