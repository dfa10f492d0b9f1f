package io.summittracker.web.topic;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.summittracker.web.FakeCatalog;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(FakeCatalog.class)
class TopicPagesTest {

    @Test
    void theMatrixShowsTheFurthestStatusPerTopicAndSummit() {
        given().get("/topics").then().statusCode(200)
                .body(containsString("<caption id=\"matrix-caption\">"))
                .body(containsString("<th scope=\"row\"><a href=\"/topics/arms-control\">Arms control</a></th>"))
                .body(containsString("Human &lt;rights&gt;"))
                .body(containsString("<td><span class=\"badge badge-discussed\">Discussed</span></td>"))
                .body(containsString("<span class=\"badge badge-agreed-in-principle\">Agreed in principle</span>"))
                .body(containsString("not raised"))
                .body(containsString("tabindex=\"0\""));
    }

    @Test
    void aTopicFollowsTheIssueAcrossSummitsWithEvidence() {
        given().get("/topics/arms-control").then().statusCode(200)
                .body(containsString("<h1>Arms control</h1>"))
                .body(containsString("Status now: <span class=\"badge badge-agreed\">Agreed</span>"))
                .body(containsString("href=\"/summits/geneva-1985\""))
                .body(containsString("“the talks &lt;collapsed&gt;”"))
                .body(containsString("href=\"/people/p-reagan\">Ronald Reagan</a>"));
    }

    @Test
    void theStylesheetPrintsTheTracker() {
        given().get("/css/site.css").then().statusCode(200).body(containsString("@media print"));
    }

    @Test
    void anUnknownTopicIsAFriendlyNotFoundPage() {
        given().get("/topics/no-such-topic").then().statusCode(404).body(containsString("Not found"));
    }
}
