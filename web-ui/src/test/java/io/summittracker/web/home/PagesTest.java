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
class PagesTest {

    @Test
    void homeListsTheCatalogsDocumentsWithEscapedTitles() {
        given().get("/").then().statusCode(200)
                .contentType(containsString("text/html"))
                .header("Content-Security-Policy", containsString("script-src 'self'"))
                .body(containsString("href=\"/documents/" + FakeCatalog.DOCUMENT_ID + "\""))
                .body(containsString("Reykjavik &lt;1986&gt; &amp; after"))
                .body(containsString("Skip to main content"));
    }

    @Test
    void aDocumentPageShowsItsTextAsTextNeverAsMarkup() {
        given().get("/documents/" + FakeCatalog.DOCUMENT_ID).then().statusCode(200)
                .body(containsString("&lt;script&gt;alert("))
                .body(not(containsString("<script>alert(")))
                .body(containsString("Reagan met Gorbachev."));
    }

    @Test
    void anUnknownDocumentIsAFriendlyNotFoundPage() {
        given().get("/documents/ffffffffffffffff").then().statusCode(404)
                .contentType(containsString("text/html"))
                .body(containsString("Not found"))
                .body(not(containsString("Exception")));
    }
}
