package io.summittracker.web.document;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.summittracker.web.FakeCatalog;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(FakeCatalog.class)
class DocumentPageTest {

    @Test
    void aDocumentPageShowsItsTextAsTextNeverAsMarkup() {
        given().get("/documents/" + FakeCatalog.DOCUMENT_ID).then().statusCode(200)
                .body(containsString("&lt;script&gt;alert("))
                .body(not(containsString("<script>alert(")))
                .body(containsString("Reagan</a> met <a"))
                .body(not(containsString("<b>Gorbachev")))
                .body(not(containsString("<img")));
    }

    @Test
    void extractedFactsAreHighlightedAndListedInThePanel() {
        given().get("/documents/" + FakeCatalog.DOCUMENT_ID).then().statusCode(200)
                .body(containsString("class=\"fact fact-person\" id=\"mark-2\" href=\"#fact-2\""))
                .body(containsString("<li id=\"fact-2\""))
                .body(containsString("href=\"/people/p-reagan\">Ronald Reagan</a>"))
                // The outcome's evidence covers "Reykjavik" in the title line and is highlighted there.
                .body(containsString("id=\"mark-1\" href=\"#fact-1\" data-fact=\"fact-1\">Reykjavik</a>"))
                .body(containsString("badge badge-not-reached"))
                .body(containsString("href=\"/summits/reykjavik-1986\">Reykjavik Summit</a>"))
                // An organisation never quoted is still listed; a mention outside the text is not marked.
                .body(containsString("href=\"/organizations/o-kremlin\">Kremlin</a>"))
                .body(not(containsString("id=\"mark-4\"")))
                .body(containsString("src=\"/js/document.js\""))
                // the event: listed last, its words as text; its sentence already carries the names' marks
                .body(containsString("<span class=\"kind\">Event</span>"))
                .body(containsString("Meeting, 1986-10-12"))
                .body(containsString("Reagan met &lt;i&gt;Gorbachev&lt;/i&gt;."));
    }

    @Test
    void anUnknownDocumentIsAFriendlyNotFoundPage() {
        given().get("/documents/ffffffffffffffff").then().statusCode(404)
                .contentType(containsString("text/html"))
                .body(containsString("Not found"))
                .body(not(containsString("Exception")));
    }

    @Test
    void theReaderScriptIsServedByTheApp() {
        given().get("/js/document.js").then().statusCode(200).body(containsString("textContent"));
    }
}
