package io.summittracker.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Lists the catalog serves a page at a time: "Next page" carries its cursor, "First page" goes back; filters stay. */
@QuarkusTest
@WithTestResource(FakeCatalog.class)
class PagingTest {

    private static boolean requested(String prefix, String... parts) {
        return FakeCatalog.REQUESTS.stream().anyMatch(r -> r.startsWith(prefix) && java.util.Arrays.stream(parts).allMatch(r::contains));
    }

    @Test
    void thePeopleDirectoryPagesWithTheCatalogsCursorAndKeepsTheQuery() {
        given().get("/people?q=Rea").then().statusCode(200)
                .body(containsString("<a href=\"/people?q=Rea&amp;cursor=page2\" rel=\"next\">Next page</a>"))
                .body(not(containsString("First page")))
                .body(containsString("<nav class=\"pager\" aria-label=\"Pages of this list\">"));
        given().get("/people?q=Rea&cursor=page2").then().statusCode(200)
                .body(containsString("George Shultz"))
                .body(containsString("<a href=\"/people?q=Rea\">First page</a>"))
                .body(not(containsString("Next page")));
        assertTrue(requested("/api/v1/people?", "q=Rea", "cursor=page2", "limit=100"));
    }

    @Test
    void organisationsAndSummitsPageToo() {
        given().get("/organizations").then().statusCode(200)
                .body(containsString("<a href=\"/organizations?cursor=page2\" rel=\"next\">Next page</a>"));
        given().get("/organizations?cursor=page2").then().statusCode(200)
                .body(containsString("NATO")).body(containsString("<a href=\"/organizations\">First page</a>"));
        given().get("/summits").then().statusCode(200)
                .body(containsString("<a href=\"/summits?cursor=page2\" rel=\"next\">Next page</a>"));
        given().get("/summits?cursor=page2").then().statusCode(200)
                .body(containsString("Helsinki Summit")).body(containsString("<a href=\"/summits\">First page</a>"));
    }

    @Test
    void searchResultsPageWithTheQueryAndItsFilters() {
        given().get("/search?q=close&type=statement&year=1986").then().statusCode(200)
                .body(containsString("<a href=\"/search?q=close&amp;type=statement&amp;year=1986&amp;cursor=page2\" rel=\"next\">Next page</a>"));
        given().get("/search?q=close&type=statement&year=1986&cursor=page2").then().statusCode(200)
                .body(containsString("the second <mark>page</mark>"))
                .body(containsString("<a href=\"/search?q=close&amp;type=statement&amp;year=1986\">First page</a>"));
        assertTrue(requested("/api/v1/search?", "q=close", "type=statement", "year=1986", "cursor=page2"));
    }

    @Test
    void aTopicsStatementsPageThroughAllOfThem() {
        given().get("/topics/arms-control").then().statusCode(200)
                .body(containsString("<a href=\"/topics/arms-control/statements\">All 51 statements, page by page</a>"));
        given().get("/topics/arms-control/statements").then().statusCode(200)
                .body(containsString("<h1>Statements on Arms control</h1>"))
                .body(containsString("We came so close"))
                .body(containsString("<a href=\"/topics/arms-control/statements?cursor=page2\" rel=\"next\">Next page</a>"));
        given().get("/topics/arms-control/statements?cursor=page2").then().statusCode(200)
                .body(containsString("Page two of the statements"))
                .body(containsString("<a href=\"/topics/arms-control/statements\">First page</a>"));
        assertTrue(requested("/api/v1/statements?", "topic=arms-control", "sort=date", "cursor=page2"));
    }

    @Test
    void aCursorTheCatalogRefusesGetsAFriendlyPage() {
        given().get("/people?cursor=bad").then().statusCode(400)
                .body(containsString("not valid (any more)"))
                .body(not(containsString("CatalogClient")));
    }
}
