package io.summittracker.web.curation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.summittracker.web.FakeCatalog;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(FakeCatalog.class)
class SignInPageTest {

    @Test
    void theSignInPageIsLinkedFromEveryPageAndSaysWhereTheLocalStacksTokenIs() {
        given().get("/").then().statusCode(200).body(containsString("<a href=\"/sign-in\">Editor sign-in</a>"));
        given().get("/sign-in").then().statusCode(200)
                .body(containsString("<label for=\"token\">Editor token</label>"))
                .body(containsString("aria-describedby=\"token-help\""))
                .body(containsString(".summit-data/auth/editor-token.txt"))
                .body(not(containsString("Signed in as")));
    }

    @Test
    void anEditorsTokenIsKeptInAStrictHttpOnlyCookieAndTheEditorIsNamed() {
        String token = Tokens.editor("ann");
        Response answer = given().redirects().follow(false).formParam("token", "  Bearer " + token + "\n").post("/sign-in");
        answer.then().statusCode(303).header("Location", endsWith("/sign-in"));
        List<String> cookies = answer.headers().getValues("Set-Cookie");
        String session = cookies.stream().filter(c -> c.startsWith(EditorSession.COOKIE + "=")).findFirst().orElseThrow();
        assertTrue(session.startsWith(EditorSession.COOKIE + "=" + token + ";"), session);
        assertTrue(session.contains("; Path=/") && session.contains("; HttpOnly") && session.contains("; SameSite=Strict"), session);
        assertTrue(session.matches(".*Max-Age=3[56]\\d\\d.*"), "the cookie lasts as long as the token: " + session);

        given().cookie(EditorSession.COOKIE, token).cookie(Flash.COOKIE, answer.cookie(Flash.COOKIE)).get("/sign-in").then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body(containsString("Signed in as ann."))
                .body(containsString("Signed in as <strong>ann</strong>"))
                .body(containsString("action=\"/sign-out\""))
                .body(not(containsString("<textarea")));
    }

    @Test
    void afterSigningInTheEditorIsBackOnThePageTheyCameFrom() {
        given().header("Referer", "http://localhost:" + RestAssured.port + "/summits/reykjavik-1986").get("/sign-in").then()
                .body(containsString("name=\"back\" value=\"/summits/reykjavik-1986\""));
        given().redirects().follow(false).formParam("token", Tokens.editor("ann")).formParam("back", "/summits/reykjavik-1986")
                .post("/sign-in").then().statusCode(303).header("Location", endsWith("/summits/reykjavik-1986"));
        given().redirects().follow(false).formParam("token", Tokens.editor("ann")).formParam("back", "//evil.example/x")
                .post("/sign-in").then().statusCode(303).header("Location", not(containsString("evil.example")));
        given().redirects().follow(false).formParam("token", Tokens.editor("ann")).formParam("back", "https://evil.example/x")
                .post("/sign-in").then().statusCode(303).header("Location", not(containsString("evil.example")));
    }

    @Test
    void anExpiredTokenIsRefusedWithAClearMessage() {
        given().redirects().follow(false).formParam("token", Tokens.expired("ann")).post("/sign-in").then().statusCode(400)
                .header("Set-Cookie", nullValue())
                .body(containsString("This token expired on"))
                .body(containsString("Get a new token"))
                .body(containsString("aria-describedby=\"token-help token-error\""))
                .body(containsString("aria-invalid=\"true\""));
    }

    @Test
    void somethingThatIsNotAnEditorsTokenIsRefused() {
        given().formParam("token", "hello editor").post("/sign-in").then().statusCode(400)
                .body(containsString("This is not an editor token"));
        given().formParam("token", Tokens.reader("bob")).post("/sign-in").then().statusCode(400)
                .body(containsString("does not make you an editor"));
        given().formParam("token", "").post("/sign-in").then().statusCode(400)
                .body(containsString("Paste your editor token"));
    }

    @Test
    void signingInFromAnotherSiteIsRefused() {
        given().redirects().follow(false).header("Origin", "https://evil.example").formParam("token", Tokens.editor("ann"))
                .post("/sign-in").then().statusCode(403).header("Set-Cookie", nullValue()).body(containsString("another site"));
    }

    @Test
    void signingOutNeedsTheFormTokenAndForgetsTheToken() {
        String token = Tokens.editor("ann");
        given().redirects().follow(false).cookie(EditorSession.COOKIE, token).post("/sign-out").then().statusCode(403);
        String csrf = CurationFormsTest.formToken("/sign-in", token);
        Response out = given().redirects().follow(false).cookie(EditorSession.COOKIE, token).formParam("csrf", csrf).post("/sign-out");
        out.then().statusCode(303).header("Location", endsWith("/sign-in"));
        assertTrue(out.headers().getValues("Set-Cookie").stream().anyMatch(c -> c.startsWith(EditorSession.COOKIE + "=;") && c.contains("Max-Age=0")),
                "the token cookie is deleted");
        given().cookie(Flash.COOKIE, out.cookie(Flash.COOKIE)).get("/sign-in").then().body(containsString("Signed out."))
                .body(containsString("<textarea"));
    }
}
