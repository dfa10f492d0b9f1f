package io.summittracker.web.add;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.summittracker.web.FakeCatalog;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(FakeCatalog.class)
class AddArticlePageTest {

    @Test
    void theFormOffersPasteAndUploadWithLabels() {
        given().get("/add").then().statusCode(200)
                .body(containsString("enctype=\"multipart/form-data\""))
                .body(containsString("<label for=\"add-text\">"))
                .body(containsString("<label for=\"add-file\">"));
    }

    @Test
    void pastedTextGoesToIngestAndLeadsToTheProgressPage() {
        given().redirects().follow(false).multiPart("text", "Malta 1989\n\nBush and Gorbachev met at sea.")
                .post("/add").then().statusCode(303)
                .header("Location", containsString("/add/" + FakeCatalog.QUEUED_ID));
        org.junit.jupiter.api.Assertions.assertTrue(FakeCatalog.POSTED.stream().anyMatch(b -> b.contains("Bush and Gorbachev met at sea.")
                && b.contains("name=\"text\"")));
    }

    @Test
    void anUploadedFileGoesToIngestWithItsName() {
        given().redirects().follow(false)
                .multiPart("file", "malta.md", "# Malta 1989\n\nThe leaders met.".getBytes(java.nio.charset.StandardCharsets.UTF_8), "text/markdown")
                .post("/add").then().statusCode(303);
        org.junit.jupiter.api.Assertions.assertTrue(FakeCatalog.POSTED.stream().anyMatch(b -> b.contains("filename=\"malta.md\"")
                && b.contains("The leaders met.")));
    }

    @Test
    void aRejectedArticleShowsTheIngestServicesReasonEscapedAndKeepsTheText() {
        given().multiPart("text", "PLEASE-REJECT <b>this</b>").post("/add").then().statusCode(422)
                .body(containsString("The article was not added"))
                .body(containsString("The article has no readable text &lt;sorry&gt;."))
                .body(containsString("PLEASE-REJECT &lt;b&gt;this&lt;/b&gt;</textarea>"));
    }

    @Test
    void nothingToAddIsExplained() {
        given().multiPart("text", "  ").post("/add").then().statusCode(400)
                .body(containsString("Please paste the article"));
    }

    @Test
    void progressSaysQueuedUntilTheCatalogHasIt() {
        given().get("/add/" + FakeCatalog.QUEUED_ID).then().statusCode(200)
                .body(containsString("Adding the article"))
                .body(containsString("http-equiv=\"refresh\""))
                .body(containsString("src=\"/js/add.js\""));
        given().get("/add/" + FakeCatalog.QUEUED_ID + "/status").then().statusCode(200)
                .contentType(containsString("json")).body("done", org.hamcrest.Matchers.equalTo(false));
    }

    @Test
    void progressLinksToTheDocumentOnceInTheCatalog() {
        given().get("/add/" + FakeCatalog.DOCUMENT_ID).then().statusCode(200)
                .body(containsString("Article added"))
                .body(containsString("href=\"/documents/" + FakeCatalog.DOCUMENT_ID + "\""))
                .body(not(containsString("http-equiv=\"refresh\"")));
        given().get("/add/" + FakeCatalog.DOCUMENT_ID + "/status").then().statusCode(200)
                .body("done", org.hamcrest.Matchers.equalTo(true))
                .body("href", org.hamcrest.Matchers.equalTo("/documents/" + FakeCatalog.DOCUMENT_ID));
    }

    @Test
    void aMalformedIdIsNotFound() {
        given().get("/add/..%2F..%2Fetc").then().statusCode(404);
        given().get("/add/abcdefabcdefabcd").then().statusCode(404);
    }
}
