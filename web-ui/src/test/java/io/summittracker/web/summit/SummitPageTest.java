package io.summittracker.web.summit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.summittracker.web.FakeCatalog;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(FakeCatalog.class)
class SummitPageTest {

    @Test
    void aSummitShowsDatePlaceLeadersOutcomesStatementsAndSources() {
        given().get("/summits/reykjavik-1986").then().statusCode(200)
                .body(containsString("<h1>Reykjavik Summit</h1>"))
                .body(containsString("Reykjavik, Iceland"))
                .body(containsString("Ronald Reagan, Mikhail Gorbachev"))
                .body(containsString("<span class=\"badge badge-not-reached\">Not reached</span>"))
                .body(containsString("No deal on &lt;SDI&gt;"))
                .body(containsString("We came so close &lt;script&gt;x()&lt;/script&gt;"))
                .body(not(containsString("<script>x()")))
                .body(containsString("Other topics"))
                .body(containsString("href=\"/people/p-reagan\""))
                .body(containsString("href=\"/documents/" + FakeCatalog.DOCUMENT_ID + "\""));
    }

    @Test
    void topicsAreNamedByTheirLabelsAndLinkedByTheirSlugs() {
        given().get("/summits/reykjavik-1986").then().statusCode(200)
                .body(containsString("<a href=\"/topics/arms-control\">Arms control</a>"));
    }

    @Test
    void theSummitListIsInDateOrder() {
        String html = given().get("/summits").then().statusCode(200).extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(html.indexOf("Geneva Summit") < html.indexOf("Reykjavik Summit"));
    }

    @Test
    void anUnknownSummitIsAFriendlyNotFoundPage() {
        given().get("/summits/nowhere-1999").then().statusCode(404).body(containsString("Not found"));
    }
}
