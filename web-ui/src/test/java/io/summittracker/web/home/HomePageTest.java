package io.summittracker.web.home;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.summittracker.web.FakeCatalog;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(FakeCatalog.class)
class HomePageTest {

    @Test
    void homeListsDocumentsSummitsInDateOrderAndBusiestTopics() {
        String html = given().get("/").then().statusCode(200)
                .contentType(containsString("text/html"))
                .header("Content-Security-Policy", containsString("script-src 'self'"))
                .header("X-Content-Type-Options", "nosniff")
                .body(containsString("href=\"/documents/" + FakeCatalog.DOCUMENT_ID + "\""))
                .body(containsString("Reykjavik &lt;1986&gt; &amp; after"))
                .body(containsString("Skip to main content"))
                .body(containsString("action=\"/search\""))
                .body(containsString("href=\"/topics/arms-control\""))
                .body(not(containsString("href=\"/topics/trade\"")))
                .extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(html.indexOf("Geneva Summit") < html.indexOf("Reykjavik Summit"),
                "summits in date order");
    }

    @Test
    void pagesHaveNoInlineScripts() {
        for (String page : new String[] {"/", "/timeline", "/topics", "/documents/" + FakeCatalog.DOCUMENT_ID, "/add"}) {
            given().get(page).then().statusCode(200)
                    .body(not(org.hamcrest.Matchers.matchesPattern("(?s).*<script(?![^>]*\\bsrc=)[^>]*>.*")))
                    .body(not(containsString("style=\"")));
        }
    }
}
