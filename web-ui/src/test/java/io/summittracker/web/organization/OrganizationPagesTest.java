package io.summittracker.web.organization;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.summittracker.web.FakeCatalog;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(FakeCatalog.class)
class OrganizationPagesTest {

    @Test
    void organisationsAreListedAndShowTheirPeopleAndDocuments() {
        given().get("/organizations").then().statusCode(200).body(containsString("href=\"/organizations/o-kremlin\">Kremlin</a>"));
        given().get("/organizations/o-kremlin").then().statusCode(200)
                .body(containsString("<h1>Kremlin &amp; Co</h1>"))
                .body(containsString("href=\"/people/p-gorbachev\">Mikhail Gorbachev</a>"))
                .body(containsString("General Secretary"))
                .body(containsString("Reykjavik &lt;1986&gt; &amp; after"));
    }

    @Test
    void anUnknownOrganisationIsAFriendlyNotFoundPage() {
        given().get("/organizations/none").then().statusCode(404).body(containsString("Not found"));
    }
}
