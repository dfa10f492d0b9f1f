package io.summittracker.web.curation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.summittracker.web.FakeCatalog;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(FakeCatalog.class)
class CurationFormsTest {

    private static final String SUMMIT = "/summits/reykjavik-1986";
    private static final String TOKEN = Tokens.editor("ann");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The form token on a page as the editor with this token sees it. */
    static String formToken(String page, String token) {
        String html = given().cookie(EditorSession.COOKIE, token).get(page).then().statusCode(200).extract().asString();
        Matcher m = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(html);
        assertTrue(m.find(), "a form token on " + page);
        return m.group(1);
    }

    private static RequestSpecification editor(String token) {
        return given().redirects().follow(false).cookie(EditorSession.COOKIE, token);
    }

    private static Response post(String token, String path, Map<String, String> form) {
        return editor(token).formParams(form).post(path);
    }

    private static JsonNode lastCorrection() throws Exception {
        return JSON.readTree(FakeCatalog.CORRECTIONS.get(FakeCatalog.CORRECTIONS.size() - 1).body());
    }

    @Test
    void signedOutThePagesShowNoFormsButTheyShowWhatWasCurated() {
        for (String page : new String[] {SUMMIT, "/topics/arms-control", "/people/p-reagan"}) {
            given().get(page).then().statusCode(200)
                    .body(not(containsString("/curation/")))
                    .body(not(containsString("name=\"csrf\"")))
                    .body(not(containsString("Signed in as")))
                    .body(containsString("<span class=\"badge badge-curated\">curated<span class=\"visually-hidden\"> by an editor</span></span>"));
        }
    }

    @Test
    void signedInTheSummitAndTopicPagesOfferStatusHideAndRetagForms() {
        for (String page : new String[] {SUMMIT, "/topics/arms-control"}) {
            editor(TOKEN).get(page).then().statusCode(200)
                    .header("Cache-Control", "no-store")
                    .body(containsString("Signed in as ann"))
                    .body(containsString("action=\"/curation/outcome-status\""))
                    .body(containsString("<legend>Status of this outcome</legend>"))
                    .body(containsString("<label for=\"o-oc1-status\">Status</label>"))
                    .body(containsString("<option value=\"not-reached\" selected>Not reached</option>"))
                    .body(containsString("name=\"back\" value=\"" + page + "#o-oc1\""))
                    .body(containsString("formaction=\"/curation/hide-statement\""))
                    .body(containsString("action=\"/curation/retag\""))
                    .body(containsString("aria-describedby=\"topics-help\""))
                    .body(containsString("id=\"topics-help\""))
                    .body(containsString("name=\"note\""));
        }
    }

    @Test
    void signedInThePersonPageOffersRoleMergeAndRetagForms() {
        editor(TOKEN).get("/people/p-reagan").then().statusCode(200)
                .body(containsString("action=\"/curation/edit-role\""))
                .body(containsString("<label for=\"r0-title\">Title</label>"))
                .body(containsString("action=\"/curation/merge-people\""))
                .body(containsString("<label for=\"merge-into\">Id of the person to keep</label>"))
                .body(containsString("action=\"/curation/retag\""))
                .body(containsString("value=\"arms-control\""))
                .body(not(containsString("formaction=\"/curation/hide-statement\"")));
    }

    @Test
    void theIssueTrackerIsRenderedAfreshForAnEditorAndItsSharedCopyStaysAnonymous() {
        given().get("/topics").then().statusCode(200).body(not(containsString("Signed in as")));
        editor(TOKEN).get("/topics").then().statusCode(200).body(containsString("Signed in as ann"));
        given().get("/topics").then().statusCode(200).body(not(containsString("Signed in as"))).body(not(containsString("name=\"csrf\"")));
    }

    @Test
    void anOutcomeStatusGoesToTheCatalogWithTheEditorsTokenAndTheEditorSeesItDone() throws Exception {
        String csrf = formToken(SUMMIT, TOKEN);
        Response answer = post(TOKEN, "/curation/outcome-status", Map.of("csrf", csrf, "back", SUMMIT + "#o-oc1",
                "outcome", "oc1", "status", "agreed-in-principle", "note", "The communique says so"));
        answer.then().statusCode(303).header("Location", endsWith(SUMMIT + "#o-oc1"));

        FakeCatalog.Received received = FakeCatalog.CORRECTIONS.get(FakeCatalog.CORRECTIONS.size() - 1);
        assertEquals("Bearer " + TOKEN, received.authorization());
        JsonNode body = JSON.readTree(received.body());
        assertEquals("outcome-status", body.path("kind").asText());
        assertEquals("oc1", body.path("outcome").asText());
        assertEquals("agreed-in-principle", body.path("status").asText());
        assertEquals("The communique says so", body.path("note").asText());
        assertFalse(body.has("statement") || body.has("topics") || body.has("person"), "only the fields of the kind: " + body);

        String flash = answer.cookie(Flash.COOKIE);
        editor(TOKEN).cookie(Flash.COOKIE, flash).get(SUMMIT).then().statusCode(200)
                .header("Set-Cookie", containsString(Flash.COOKIE + "=;"))
                .body(containsString("<p class=\"flash flash-ok\" id=\"o-oc1-msg\" role=\"status\">Status changed to “Agreed in principle”.</p>"));
    }

    @Test
    void retaggingHidingEditingARoleAndMergingSendTheirCorrections() throws Exception {
        String csrf = formToken(SUMMIT, TOKEN);
        post(TOKEN, "/curation/retag", Map.of("csrf", csrf, "back", SUMMIT + "#s0-0-0", "statement", "st1",
                "topics", "arms-control,  Human-Rights", "note", "")).then().statusCode(303).header("Location", endsWith(SUMMIT));
        JsonNode retag = lastCorrection();
        assertEquals("retag", retag.path("kind").asText());
        assertEquals("st1", retag.path("statement").asText());
        assertEquals("[\"arms-control\",\"human-rights\"]", retag.path("topics").toString());
        assertFalse(retag.has("note"), "an empty reason is left out");

        post(TOKEN, "/curation/hide-statement", Map.of("csrf", csrf, "back", SUMMIT + "#s0-0-0", "statement", "st1",
                "note", "Not said at this summit")).then().statusCode(303);
        JsonNode hide = lastCorrection();
        assertEquals("hide-statement", hide.path("kind").asText());
        assertTrue(hide.path("hidden").asBoolean());
        assertEquals("Not said at this summit", hide.path("note").asText());

        post(TOKEN, "/curation/edit-role", Map.ofEntries(Map.entry("csrf", csrf), Map.entry("back", "/people/p-reagan#r0"),
                Map.entry("person", "p-reagan"), Map.entry("title", "President"), Map.entry("organization", "United States"),
                Map.entry("wasFormer", "false"), Map.entry("wasPeriod", "1981-1989"), Map.entry("newTitle", "President"),
                Map.entry("newOrganization", "United States"), Map.entry("former", "former"), Map.entry("period", "1981-1989"),
                Map.entry("note", "He left office in 1989"))).then().statusCode(303).header("Location", endsWith("/people/p-reagan"));
        JsonNode role = lastCorrection();
        assertEquals("edit-role", role.path("kind").asText());
        assertEquals("p-reagan", role.path("person").asText());
        assertEquals("President", role.path("title").asText());
        assertEquals("United States", role.path("organization").asText());
        assertTrue(role.path("former").asBoolean());
        assertFalse(role.has("newTitle") || role.has("period"), "unchanged fields are left out: " + role);

        post(TOKEN, "/curation/merge-people", Map.of("csrf", csrf, "back", "/people/p-reagan#merge", "person", "p-reagan",
                "into", "http://localhost:8080/people/p-ronald-reagan", "confirm", "yes")).then().statusCode(303)
                .header("Location", endsWith("/people/p-ronald-reagan"));
        JsonNode merge = lastCorrection();
        assertEquals("merge-people", merge.path("kind").asText());
        assertEquals("p-reagan", merge.path("source").asText());
        assertEquals("p-ronald-reagan", merge.path("person").asText());
    }

    @Test
    void aMergeIsNotSentUnconfirmedAndTheFormSaysWhy() {
        int before = FakeCatalog.CORRECTIONS.size();
        String csrf = formToken("/people/p-reagan", TOKEN);
        Response answer = post(TOKEN, "/curation/merge-people", Map.of("csrf", csrf, "back", "/people/p-reagan#merge",
                "person", "p-reagan", "into", "p-gorbachev"));
        answer.then().statusCode(303).header("Location", endsWith("/people/p-reagan#merge"));
        assertEquals(before, FakeCatalog.CORRECTIONS.size());
        editor(TOKEN).cookie(Flash.COOKIE, answer.cookie(Flash.COOKIE)).get("/people/p-reagan").then()
                .body(containsString("id=\"merge-msg\" role=\"alert\">Tick the box to confirm the merge"))
                .body(containsString("aria-describedby=\"merge-help merge-msg\""));
    }

    @Test
    void theCatalogsProblemIsShownNextToTheFormAndLinkedToItsField() {
        String csrf = formToken(SUMMIT, TOKEN);
        Response answer = post(TOKEN, "/curation/outcome-status", Map.of("csrf", csrf, "back", SUMMIT + "#o-oc1",
                "outcome", FakeCatalog.UNKNOWN_TARGET, "status", "agreed"));
        answer.then().statusCode(303).header("Location", endsWith(SUMMIT + "#o-oc1"));
        editor(TOKEN).cookie(Flash.COOKIE, answer.cookie(Flash.COOKIE)).get(SUMMIT).then().statusCode(200)
                .body(containsString("<p class=\"flash flash-error\" id=\"o-oc1-msg\" role=\"alert\">Not changed: No outcome "
                        + FakeCatalog.UNKNOWN_TARGET + " &lt;here&gt;.</p>"))
                .body(containsString("<details class=\"curate\" open>"))
                .body(containsString("aria-describedby=\"o-oc1-msg\" aria-invalid=\"true\""));
    }

    @Test
    void aTokenTheCatalogRefusesIsExplainedAndTheEditorIsAskedToSignInAgain() {
        String refused = Tokens.editor(FakeCatalog.REFUSED_EDITOR);
        Response answer = post(refused, "/curation/outcome-status", Map.of("csrf", formToken(SUMMIT, refused),
                "back", SUMMIT + "#o-oc1", "outcome", "oc1", "status", "agreed"));
        answer.then().statusCode(303).header("Location", endsWith(SUMMIT));
        assertTrue(answer.headers().getValues("Set-Cookie").stream().anyMatch(c -> c.startsWith(EditorSession.COOKIE + "=;") && c.contains("Max-Age=0")),
                "the refused token is forgotten");
        given().cookie(Flash.COOKIE, answer.cookie(Flash.COOKIE)).get(SUMMIT).then().statusCode(200)
                .body(containsString("role=\"alert\""))
                .body(containsString("The catalog refused your editor token"))
                .body(containsString("<a href=\"/sign-in\">Sign in again</a>"))
                .body(not(containsString("Exception")));

        String reader = Tokens.editor(FakeCatalog.NOT_EDITOR);
        Response forbidden = post(reader, "/curation/outcome-status", Map.of("csrf", formToken(SUMMIT, reader),
                "back", SUMMIT + "#o-oc1", "outcome", "oc1", "status", "agreed"));
        given().cookie(Flash.COOKIE, forbidden.cookie(Flash.COOKIE)).get(SUMMIT).then()
                .body(containsString("it does not make you an editor"));
    }

    @Test
    void aPostWithoutTheFormTokenOrWithAnotherSessionsIsRefused() {
        int before = FakeCatalog.CORRECTIONS.size();
        post(TOKEN, "/curation/outcome-status", Map.of("back", SUMMIT + "#o-oc1", "outcome", "oc1", "status", "agreed"))
                .then().statusCode(403).body(containsString("Form refused"));
        String otherSession = formToken(SUMMIT, Tokens.editor("mallory"));
        post(TOKEN, "/curation/outcome-status", Map.of("csrf", otherSession, "back", SUMMIT + "#o-oc1", "outcome", "oc1", "status", "agreed"))
                .then().statusCode(403);
        assertEquals(before, FakeCatalog.CORRECTIONS.size(), "nothing reached the catalog");
    }

    @Test
    void aPostFromAnotherSiteIsRefusedAndOneFromThePortalIsNot() {
        int before = FakeCatalog.CORRECTIONS.size();
        String csrf = formToken(SUMMIT, TOKEN);
        Map<String, String> form = Map.of("csrf", csrf, "back", SUMMIT + "#o-oc1", "outcome", "oc1", "status", "agreed");
        editor(TOKEN).header("Origin", "https://evil.example").formParams(form).post("/curation/outcome-status")
                .then().statusCode(403).body(containsString("another site"));
        editor(TOKEN).header("Origin", "null").formParams(form).post("/curation/outcome-status").then().statusCode(403);
        editor(TOKEN).header("Referer", "https://evil.example/page").formParams(form).post("/curation/outcome-status")
                .then().statusCode(403);
        assertEquals(before, FakeCatalog.CORRECTIONS.size());
        editor(TOKEN).header("Origin", "http://localhost:" + RestAssured.port).formParams(form).post("/curation/outcome-status")
                .then().statusCode(303);
    }

    @Test
    void signedOutAPostGetsAPageThatSaysToSignIn() {
        given().redirects().follow(false).formParam("outcome", "oc1").formParam("status", "agreed").post("/curation/outcome-status")
                .then().statusCode(401).body(containsString("Sign in to correct the catalog"))
                .body(containsString("href=\"/sign-in\""));
        given().redirects().follow(false).cookie(EditorSession.COOKIE, Tokens.expired("ann")).formParam("outcome", "oc1")
                .post("/curation/outcome-status").then().statusCode(401).body(containsString("Your editor token has expired"));
    }

    @Test
    void aFormCannotSendTheEditorToAnotherSite() {
        String csrf = formToken(SUMMIT, TOKEN);
        post(TOKEN, "/curation/outcome-status", Map.of("csrf", csrf, "back", "https://evil.example/", "outcome", "oc1", "status", "agreed"))
                .then().statusCode(400).body(containsString("Form not understood"));
    }
}
