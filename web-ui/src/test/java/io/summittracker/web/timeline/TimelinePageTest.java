package io.summittracker.web.timeline;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.summittracker.web.FakeCatalog;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(FakeCatalog.class)
class TimelinePageTest {

    @Test
    void summitsAndDocumentsAreGroupedByDecadeAndLinkToTheirSummit() {
        given().get("/timeline").then().statusCode(200)
                .body(containsString("The 1980s"))
                .body(containsString("The 2010s"))
                .body(containsString("<svg class=\"axis\""))
                .body(containsString("role=\"img\""))
                .body(containsString("href=\"/summits/reykjavik-1986\""))
                .body(containsString("href=\"/documents/" + FakeCatalog.DOCUMENT_ID + "\">Reykjavik &lt;1986&gt; &amp; after"))
                .body(containsString("3 summits, 4 outcomes, 1 other event and 1 dated document"));
    }

    @Test
    void outcomesAppearUnderTheirSummitWithTheirStatusAndLinkToIt() {
        String whole = given().get("/timeline").then().statusCode(200)
                .body(containsString("href=\"/summits/reykjavik-1986#o-0123456789abcdef:oc-1\">elimination of &lt;all&gt; ballistic missiles</a>"))
                .extract().asString();
        String page = whole.substring(whole.indexOf("<ol class=\"timeline\">")); // the list, not the drawing
        int summit = page.indexOf("<a href=\"/summits/reykjavik-1986\">Reykjavik Summit</a>");
        int outcome = page.indexOf("elimination of &lt;all&gt;");
        int document = page.indexOf("Reykjavik &lt;1986&gt; &amp; after");
        org.junit.jupiter.api.Assertions.assertTrue(summit > 0 && summit < outcome && outcome < document, "summit, outcome, document order");
        String item = page.substring(page.lastIndexOf("<li", outcome), outcome);
        org.junit.jupiter.api.Assertions.assertTrue(item.contains("entry-outcome") && item.contains("Not reached"), item);
    }

    @Test
    void aSummitListsItsFirstOutcomesAndLinksToTheRest() {
        given().get("/timeline").then().statusCode(200)
                .body(containsString("further outcome 2"))
                .body(containsString("further outcome 3"))
                .body(not(containsString("further outcome 4")))
                .body(containsString("<a class=\"more-outcomes\" href=\"/summits/reykjavik-1986#outcomes\">1 more outcome of this summit</a>"));
    }

    @Test
    void otherEventsShowTheirCategoryAndLeadToTheirSourceAndSummit() {
        String whole = given().get("/timeline").then().statusCode(200)
                .body(containsString("class=\"mark-event\"><title>Signing: The delegations signed &lt;a&gt; protocol (1986-10-12)</title>"))
                .extract().asString();
        String page = whole.substring(whole.indexOf("<ol class=\"timeline\">"));
        int event = page.indexOf("The delegations signed &lt;a&gt; protocol");
        String item = page.substring(page.lastIndexOf("<li", event), page.indexOf("</li>", event));
        org.junit.jupiter.api.Assertions.assertTrue(item.contains("entry-event") && item.contains("<span class=\"kind\">Signing</span>")
                && item.contains("href=\"/documents/" + FakeCatalog.DOCUMENT_ID + "\">The delegations")
                && item.contains("href=\"/summits/reykjavik-1986\">its summit</a>"), item);
        org.junit.jupiter.api.Assertions.assertTrue(event > page.indexOf("elimination of &lt;all&gt;")
                && event < page.indexOf("Reykjavik &lt;1986&gt; &amp; after"), "in date order");
    }

    @Test
    void filtersArePassedToTheCatalogAndShownInTheForm() {
        given().queryParam("topic", "arms-control").queryParam("leader", "Gorb\"achev").get("/timeline").then().statusCode(200)
                .body(containsString("<option value=\"arms-control\" selected>"))
                .body(containsString("value=\"Gorb&quot;achev\""))
                .body(containsString("Clear filters"));
        org.junit.jupiter.api.Assertions.assertTrue(FakeCatalog.REQUESTS.stream()
                .anyMatch(r -> r.startsWith("/api/v1/timeline") && r.contains("topic=arms-control") && r.contains("leader=Gorb")));
    }
}
