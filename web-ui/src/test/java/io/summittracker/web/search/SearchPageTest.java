package io.summittracker.web.search;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.summittracker.web.FakeCatalog;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(FakeCatalog.class)
class SearchPageTest {

    @Test
    void hitsShowSnippetsWhereOnlyMarkIsMarkup() {
        given().get("/search?q=close").then().statusCode(200)
                .body(containsString("3 results for “close”"))
                .body(containsString("We came so <mark>close</mark> &amp;lt;b&amp;gt;x &lt;script&gt;alert(1)&lt;/script&gt;<mark>unclosed</mark>"))
                .body(not(containsString("<script>alert(1)")))
                .body(containsString("href=\"/documents/" + FakeCatalog.DOCUMENT_ID + "\">Ronald Reagan on arms control</a>"))
                .body(containsString("href=\"/summits/reykjavik-1986\">Reykjavik Summit</a>"));
    }

    @Test
    void facetsLinkToTheSearchWithTheFilterAndShowTheSelection() {
        given().get("/search?q=close&topic=arms-control").then().statusCode(200)
                .body(containsString("href=\"/search?q=close&amp;type=statement&amp;topic=arms-control\""))
                .body(containsString("href=\"/search?q=close\" aria-current=\"true\""))
                .body(containsString("clear filters"))
                .body(containsString("<input type=\"hidden\" name=\"topic\" value=\"arms-control\">"));
        org.junit.jupiter.api.Assertions.assertTrue(FakeCatalog.REQUESTS.stream()
                .anyMatch(r -> r.startsWith("/api/v1/search?") && r.contains("topic=arms-control") && r.contains("q=close")));
    }

    @Test
    void anEmptySearchShowsTheFormOnly() {
        given().get("/search").then().statusCode(200)
                .body(containsString("<label for=\"search-q\">"))
                .body(not(containsString("results for")));
    }
}
