package io.summittracker.catalog.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.summittracker.catalog.KafkaEvents;
import io.summittracker.embedded.testing.KafkaTestResource;
import io.summittracker.embedded.testing.PostgresTestResource;
import io.summittracker.events.DocumentEvents;
import io.summittracker.events.DocumentIngested;
import io.summittracker.events.DocumentSource;
import io.summittracker.events.extraction.DocumentMeta;
import io.summittracker.events.extraction.EventRef;
import io.summittracker.events.extraction.Extraction;
import io.summittracker.events.extraction.OrganizationRef;
import io.summittracker.events.extraction.OutcomeRef;
import io.summittracker.events.extraction.PersonRef;
import io.summittracker.events.extraction.Span;
import io.summittracker.events.extraction.SpeakerRef;
import io.summittracker.events.extraction.StatementRef;
import io.summittracker.events.extraction.SummitRef;
import io.summittracker.events.extraction.TopicRef;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The catalog API over a small corpus: arms control proposed at Reykjavik 1986, agreed at Washington 1987. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
class CatalogApiIT {

    private static final Map<String, String> COUNTRIES = Map.of("Reykjavik", "Iceland", "Washington", "United States",
            "Valletta", "Malta", "Vienna", "Austria");
    private static boolean loaded;

    @BeforeEach
    void load() {
        if (loaded) {
            return;
        }
        send("reykjavik-1986", "Reykjavik", "1986-10-11", "Ronald Reagan", "proposed", "arms-control");
        send("washington-1987", "Washington", "1987-12-08", "Ronald Reagan", "agreed", "arms-control");
        send("malta-1989", "Valletta", "1989-12-02", "George H. W. Bush", "agreed-in-principle", "europe");
        await().atMost(Duration.ofSeconds(30)).until(() -> given().get("/api/v1/summits/malta-1989").statusCode() == 200
                && given().get("/api/v1/summits/washington-1987").statusCode() == 200
                && given().get("/api/v1/summits/reykjavik-1986").statusCode() == 200);
        loaded = true;
    }

    private void send(String summitId, String city, String date, String leader, String status, String topic) {
        send(UUID.randomUUID().toString().replace("-", "").substring(0, 16), summitId, city, date, leader, status, topic, List.of());
    }

    /** A report of the summit: its leader's statement, its outcome, and the given dated events (spans into its text). */
    private void send(String id, String summitId, String city, String date, String leader, String status, String topic, List<EventRef> events) {
        String text = "Title\n\n" + leader + " said the talks on " + topic + " went well. The sides " + status + " a treaty.\n";
        Span said = new Span(7, text.indexOf('.') + 1, text.substring(7, text.indexOf('.') + 1));
        int o = text.indexOf("The sides");
        Span outcome = new Span(o, text.length() - 1, text.substring(o, text.length() - 1));
        String name = city + " summit";
        Extraction e = new Extraction("t/1", new DocumentMeta("Report on " + name, List.of(), null, date, "en", List.of()),
                List.of(new SummitRef(summitId, name, city, COUNTRIES.get(city), date, date, List.of(leader, "Mikhail Gorbachev"), true, List.of(), 1, "g")),
                List.of(new PersonRef("p", leader, List.of(), List.of(), List.of(), 1, "n")),
                List.of(new OrganizationRef(city.toLowerCase() + "-council", city + " Council", city.equals("Valletta") ? "intergovernmental" : "government", List.of(), 1, "o")),
                List.of(new TopicRef(topic, 1, "k")),
                List.of(new StatementRef("s", new SpeakerRef("p", leader), List.of(topic), summitId, said.text(), said, "reported", 1, "r")),
                List.of(new OutcomeRef("o", name, summitId, "a treaty", status, List.of(topic), outcome, 1, "c")), events);
        KafkaEvents.publishDocument(id, DocumentEvents.toJson(DocumentEvents.ingested(new DocumentIngested(
                new DocumentSource(id, "a.txt", "text/plain", "0".repeat(64), OffsetDateTime.now()), text, e))));
    }

    @Test
    void summitsFilterByYearsCityLeaderAndTopic() {
        given().queryParam("from", 1986).queryParam("to", 1987).get("/api/v1/summits").then().statusCode(200)
                .body("items.id", contains("reykjavik-1986", "washington-1987")).body("total", equalTo(2));
        given().queryParam("city", "valletta").get("/api/v1/summits").then().body("items.id", contains("malta-1989"));
        given().queryParam("leader", "Bush").get("/api/v1/summits").then().body("items.id", contains("malta-1989"));
        given().queryParam("topic", "arms-control").get("/api/v1/summits").then()
                .body("items.id", contains("reykjavik-1986", "washington-1987"));
    }

    @Test
    void summitsFilterByCountryAndSortByDateNameOrCity() {
        given().queryParam("country", "malta").get("/api/v1/summits").then().statusCode(200).body("items.id", contains("malta-1989"));
        given().queryParam("country", "Atlantis").get("/api/v1/summits").then().statusCode(200).body("total", equalTo(0)).body("items", hasSize(0));
        given().queryParam("from", 1986).queryParam("to", 1989).queryParam("sort", "-date").get("/api/v1/summits").then()
                .body("items.id", contains("malta-1989", "washington-1987", "reykjavik-1986"));
        given().queryParam("from", 1986).queryParam("to", 1989).queryParam("sort", "city").get("/api/v1/summits").then()
                .body("items.city", contains("Reykjavik", "Valletta", "Washington"));
        given().queryParam("from", 1986).queryParam("to", 1989).queryParam("sort", "-name").get("/api/v1/summits").then()
                .body("items.id", contains("washington-1987", "malta-1989", "reykjavik-1986"));
    }

    @Test
    void parametersOfTheWrongTypeAreBadRequestsNamingTheParameter() {
        given().queryParam("limit", "ten").get("/api/v1/summits").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("limit"));
        given().queryParam("from", "1980s").get("/api/v1/timeline").then().statusCode(400).body("detail", containsString("from"));
        given().queryParam("q", "treaty").queryParam("year", "last").get("/api/v1/search").then().statusCode(400)
                .body("detail", containsString("year"));
    }

    @Test
    void aBadSortOrACursorFromAnotherSortIsABadRequest() {
        given().queryParam("sort", "colour").get("/api/v1/summits").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("date, name"));
        String next = given().queryParam("limit", 1).queryParam("sort", "-date").get("/api/v1/summits").then().statusCode(200)
                .extract().path("next");
        assertNotNull(next);
        given().queryParam("cursor", next).queryParam("sort", "name").get("/api/v1/summits").then().statusCode(400)
                .body("title", equalTo("Bad cursor")).body("detail", containsString("-date"));
        given().queryParam("cursor", next).queryParam("sort", "-date").get("/api/v1/summits").then().statusCode(200);
        for (String list : List.of("people", "organizations", "statements", "outcomes", "documents", "corrections")) {
            given().queryParam("sort", "colour").get("/api/v1/" + list).then().statusCode(400).contentType("application/problem+json");
            given().queryParam("limit", 0).get("/api/v1/" + list).then().statusCode(400).body("detail", containsString("limit"));
        }
    }

    @Test
    void organizationsListFilterByKindAndShowTheirDocuments() {
        given().queryParam("kind", "intergovernmental").get("/api/v1/organizations").then().statusCode(200)
                .body("items.name", contains("Valletta Council"));
        given().queryParam("sort", "-name").get("/api/v1/organizations").then().statusCode(200)
                .body("items.name", hasItem("Washington Council"));
        String id = given().queryParam("kind", "intergovernmental").get("/api/v1/organizations").then().extract().path("items[0].id");
        given().get("/api/v1/organizations/" + id).then().statusCode(200)
                .body("name", equalTo("Valletta Council")).body("documents", hasSize(1))
                .body("documents[0].title", equalTo("Report on Valletta summit"));
        given().accept("application/ld+json").get("/api/v1/organizations/" + id).then().statusCode(200)
                .body("'@type'", equalTo("Organization")).body("name", equalTo("Valletta Council"));
        given().get("/api/v1/organizations/no-such-body").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void statementsFilterByTopicSummitAndDocumentAndSortByDate() {
        given().queryParam("topic", "arms-control").queryParam("sort", "-date").get("/api/v1/statements").then().statusCode(200)
                .body("items.summitId", contains("washington-1987", "reykjavik-1986"));
        String document = given().queryParam("summit", "malta-1989").get("/api/v1/statements").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].speakerName", equalTo("George H. W. Bush"))
                .extract().path("items[0].documentId");
        given().queryParam("document", document).get("/api/v1/statements").then().body("items.summitId", contains("malta-1989"));
        String id = given().queryParam("document", document).get("/api/v1/statements").then().extract().path("items[0].id");
        given().get("/api/v1/statements/" + id).then().statusCode(200).body("topics", contains("europe"))
                .body("speakerId", equalTo("george-h-w-bush")).body("evidence.text", startsWith("George H."));
        given().get("/api/v1/statements/nothing:s").then().statusCode(404).contentType("application/problem+json");
        given().queryParam("topic", "no-such-topic").get("/api/v1/statements").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void outcomesFilterBySummitAndShowOne() {
        String id = given().queryParam("summit", "reykjavik-1986").get("/api/v1/outcomes").then().statusCode(200)
                .body("items.status", contains("proposed")).extract().path("items[0].id");
        given().get("/api/v1/outcomes/" + id).then().statusCode(200).body("summitId", equalTo("reykjavik-1986"))
                .body("topics", contains("arms-control")).body("curated", equalTo(false));
        given().queryParam("topic", "arms-control").queryParam("sort", "-date").get("/api/v1/outcomes").then()
                .body("items.summitId", contains("washington-1987", "reykjavik-1986"));
        given().get("/api/v1/outcomes/nothing:o").then().statusCode(404);
    }

    @Test
    void documentsFilterByTopicAndSummitAndSortByPublication() {
        given().queryParam("summit", "washington-1987").get("/api/v1/documents").then().statusCode(200)
                .body("items.title", contains("Report on Washington summit"));
        given().queryParam("topic", "europe").get("/api/v1/documents").then().body("items.title", contains("Report on Valletta summit"));
        List<String> published = given().queryParam("sort", "published").queryParam("limit", 500).get("/api/v1/documents").then()
                .extract().path("items.published");
        List<String> known = published.stream().filter(p -> p != null && p.startsWith("198")).toList();
        assertEquals(List.of("1986-10-11", "1987-12-08", "1989-12-02"), known.stream().filter(p -> !p.startsWith("1985")).distinct().toList());
    }

    @Test
    void peopleSortByHowMuchTheySaid() {
        given().queryParam("sort", "-statements").queryParam("q", "r").get("/api/v1/people").then().statusCode(200)
                .body("items[0].id", equalTo("ronald-reagan"));
        given().accept("application/ld+json").get("/api/v1/people/ronald-reagan").then().statusCode(200)
                .body("'@type'", equalTo("Person"));
    }

    @Test
    void malformedFiltersAreBadRequestsThatSayWhatIsWrong() {
        given().queryParam("from", "eighty-six").get("/api/v1/summits").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("four-digit year"));
        given().queryParam("from", 1990).queryParam("to", 1980).get("/api/v1/summits").then().statusCode(400)
                .body("detail", containsString("after"));
        given().queryParam("status", "maybe").get("/api/v1/outcomes").then().statusCode(400)
                .body("detail", containsString("agreed-in-principle"));
        given().get("/api/v1/summits/atlantis-1999").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aSummitShowsItsParticipantsTopicsOutcomesStatementsAndSources() {
        given().get("/api/v1/summits/washington-1987").then().statusCode(200)
                .body("leaders", hasItem("Mikhail Gorbachev"))
                .body("participants.name", contains("Ronald Reagan"))
                .body("topics", contains("arms-control"))
                .body("outcomes.status", contains("agreed"))
                .body("outcomes[0].evidence.text", equalTo("The sides agreed a treaty."))
                .body("statements[0].speakerName", equalTo("Ronald Reagan"))
                .body("documents", hasSize(1));
    }

    @Test
    void theIssueTrackerFollowsATopicFromSummitToSummit() {
        given().get("/api/v1/topics/arms-control").then().statusCode(200)
                .body("summits.id", contains("reykjavik-1986", "washington-1987"))
                .body("summits.status", contains("proposed", "agreed"))
                .body("outcomes.status", contains("proposed", "agreed"))
                .body("currentStatus", equalTo("agreed"))
                .body("statementsTotal", equalTo(2))
                .body("statements.topics", everyItem(hasItem("arms-control")));
        given().get("/api/v1/topics/no-such-topic").then().statusCode(404);
    }

    @Test
    void statementsAndOutcomesFilter() {
        given().queryParam("speaker", "george-h-w-bush").get("/api/v1/statements").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].summitId", equalTo("malta-1989"));
        given().queryParam("status", "agreed").get("/api/v1/outcomes").then()
                .body("items.summitId", contains("washington-1987"));
        given().queryParam("topic", "europe").get("/api/v1/outcomes").then().body("items.status", contains("agreed-in-principle"));
    }

    @Test
    void aPersonShowsRolesStatementsByTopicAndSummits() {
        given().get("/api/v1/people/ronald-reagan").then().statusCode(200)
                .body("statementsByTopic.'arms-control'", hasSize(2))
                .body("summits.id", contains("reykjavik-1986", "washington-1987"));
        given().queryParam("q", "reag").get("/api/v1/people").then().body("items.id", contains("ronald-reagan"));
        given().get("/api/v1/people/nobody").then().statusCode(404);
    }

    @Test
    void theTimelineListsSummitsTheirOutcomesAndDatedDocumentsInOrder() {
        given().queryParam("from", 1980).get("/api/v1/timeline").then().statusCode(200)
                .body("items.findAll { it.date == '1986-10-11' }.kind", contains("summit", "outcome", "document"))
                .body("items.find { it.kind == 'summit' && it.id == 'malta-1989' }.topics", contains("europe"))
                .body("items.find { it.kind == 'summit' && it.id == 'malta-1989' }.status", equalTo(null))
                .body("items.findAll { it.kind == 'outcome' }.status", contains("proposed", "agreed", "agreed-in-principle"))
                .body("items.find { it.kind == 'outcome' && it.summitId == 'washington-1987' }.title", equalTo("a treaty"))
                .body("items.find { it.kind == 'outcome' && it.summitId == 'washington-1987' }.date", equalTo("1987-12-08"))
                .body("items.find { it.kind == 'outcome' && it.summitId == 'washington-1987' }.topics", contains("arms-control"));
        given().queryParam("from", 1986).queryParam("to", 1989).get("/api/v1/timeline").then().statusCode(200)
                .body("items.findAll { it.kind == 'summit' }.id", contains("reykjavik-1986", "washington-1987", "malta-1989"))
                .body("items.findAll { it.kind == 'document' }.summitId", contains("reykjavik-1986", "washington-1987", "malta-1989"));
        given().queryParam("topic", "europe").get("/api/v1/timeline").then()
                .body("items.findAll { it.kind == 'summit' }.id", contains("malta-1989"))
                .body("items.findAll { it.kind == 'outcome' }.summitId", contains("malta-1989"));
        given().queryParam("leader", "Bush").get("/api/v1/timeline").then()
                .body("items.findAll { it.kind == 'summit' }.id", contains("malta-1989"));
    }

    @Test
    void eventsTheDocumentsReportAreOnTheTimelineWithTheirSourceAndInTheExtraction() {
        // A summit of its own (no other test looks at 1959, "rejected" or Eisenhower), so the other tests' counts hold.
        String id = "e0e0e0e0e0e0e0e0";
        String leader = "Dwight D. Eisenhower";
        String said = leader + " said the talks on space went well.";
        Span evidence = new Span(7, 7 + said.length(), said); // send() writes "Title\n\n" then this sentence
        send(id, "camp-david-1959", "Camp David", "1959-09-25", leader, "rejected", "space", List.of(
                new EventRef("ev-1", "1959-09-27", "announcement", "camp-david-1959", List.of("space"), "The leaders issued a statement.",
                        evidence, 0.8, "event.announcement.year-from-text"),
                new EventRef("ev-2", "1959-09-15", "meeting", null, List.of(), "The premier arrived in Washington.", evidence, 0.5,
                        "event.meeting.year-from-publication")));
        await().atMost(Duration.ofSeconds(30)).until(() -> given().get("/api/v1/documents/" + id + "/extraction").statusCode() == 200);
        given().get("/api/v1/documents/" + id + "/extraction").then().statusCode(200)
                .body("events.date", contains("1959-09-27", "1959-09-15"))
                .body("events[0].category", equalTo("announcement"))
                .body("events[0].evidence.text", equalTo(said));
        given().queryParam("from", 1959).queryParam("to", 1959).get("/api/v1/timeline").then().statusCode(200)
                .body("items.kind", contains("event", "summit", "outcome", "document", "event"))
                .body("items.find { it.id == '" + id + ":ev-1' }.category", equalTo("announcement"))
                .body("items.find { it.id == '" + id + ":ev-1' }.summitId", equalTo("camp-david-1959"))
                .body("items.find { it.id == '" + id + ":ev-1' }.documentId", equalTo(id))
                .body("items.find { it.id == '" + id + ":ev-1' }.topics", contains("space"))
                .body("items.find { it.id == '" + id + ":ev-2' }.title", equalTo("The premier arrived in Washington."))
                .body("items.find { it.id == '" + id + ":ev-2' }.status", equalTo(null));
        given().queryParam("topic", "space").queryParam("from", 1959).queryParam("to", 1959).get("/api/v1/timeline").then()
                .body("items.findAll { it.kind == 'event' }.id", contains(id + ":ev-1"));
        given().queryParam("leader", "Eisenhower").queryParam("to", 1960).get("/api/v1/timeline").then()
                .body("items.findAll { it.kind == 'event' }.id", contains(id + ":ev-1"));
    }

    @Test
    void theMatrixGivesTheFurthestStatusPerTopicAndSummit() {
        given().get("/api/v1/topics/matrix").then().statusCode(200)
                .body("topics.find { it.slug == 'arms-control' }.cells.'reykjavik-1986'", equalTo("proposed"))
                .body("topics.find { it.slug == 'arms-control' }.cells.'washington-1987'", equalTo("agreed"))
                .body("topics.find { it.slug == 'europe' }.cells.'malta-1989'", equalTo("agreed-in-principle"));
        given().get("/api/v1/topics").then().statusCode(200).body("total", org.hamcrest.Matchers.greaterThanOrEqualTo(22));
    }

    @Test
    void searchRanksHighlightsAndCountsFacets() {
        given().queryParam("q", "treaty").get("/api/v1/search").then().statusCode(200)
                .body("total", org.hamcrest.Matchers.greaterThanOrEqualTo(3))
                .body("items[0].snippet", containsString("<mark>treaty</mark>"))
                .body("facets.type.outcome", org.hamcrest.Matchers.greaterThanOrEqualTo(3))
                .body("facets.topic.'arms-control'", org.hamcrest.Matchers.greaterThanOrEqualTo(2));
        given().queryParam("q", "treaty").queryParam("type", "outcome").queryParam("topic", "europe").get("/api/v1/search")
                .then().body("items.id", hasSize(1)).body("items[0].year", equalTo(1989));
        given().queryParam("q", "Reagan").queryParam("type", "person").get("/api/v1/search").then()
                .body("items[0].id", equalTo("ronald-reagan"));
        given().get("/api/v1/search").then().statusCode(400).contentType("application/problem+json");
        given().queryParam("q", "x").queryParam("type", "planet").get("/api/v1/search").then().statusCode(400);
    }

    @Test
    void searchSnippetsEscapeMarkupFromDocuments() {
        org.junit.jupiter.api.Assertions.assertEquals("a &lt;script&gt; <mark>b</mark>",
                io.summittracker.catalog.search.SearchResourceAccess.highlight("a <script> \u0001b\u0002"));
    }

    @Test
    void aClientCanPageThroughEveryRecordWithTheLinkHeader() {
        Set<String> seen = new HashSet<>();
        List<String> order = new ArrayList<>();
        String url = "/api/v1/summits?limit=1";
        long total = -1;
        while (url != null) {
            Response r = given().get(url);
            assertEquals(200, r.statusCode());
            total = Long.parseLong(r.header("X-Total-Count"));
            List<String> ids = r.path("items.id");
            order.addAll(ids);
            seen.addAll(ids);
            String link = r.header("Link");
            url = link == null ? null : link.substring(link.indexOf('<') + 1, link.indexOf('>'));
        }
        assertEquals(total, seen.size());
        assertEquals(order.size(), seen.size(), "no record twice");
        List<String> known = order.stream().filter(List.of("reykjavik-1986", "washington-1987", "malta-1989")::contains).toList();
        assertEquals(List.of("reykjavik-1986", "washington-1987", "malta-1989"), known, "date order across pages");
    }

    @Test
    void aRepeatedRequestGetsTheSameAnswerFromTheCache() {
        for (String url : List.of("/api/v1/summits", "/api/v1/topics/arms-control", "/api/v1/summits/malta-1989")) {
            Response first = given().get(url);
            Response second = given().get(url);
            assertEquals(200, first.statusCode(), url);
            assertEquals(200, second.statusCode(), url);
            assertEquals(first.contentType(), second.contentType(), url);
            assertEquals(first.asString(), second.asString(), url);
        }
        given().accept("application/ld+json").get("/api/v1/summits/malta-1989").then().statusCode(200)
                .contentType(containsString("ld+json"));
        given().accept("application/ld+json").get("/api/v1/summits/malta-1989").then().statusCode(200)
                .contentType(containsString("ld+json")).body("'@type'", equalTo("Event"));
    }

    @Test
    void conditionalGetsAnswerNotModifiedUntilTheCatalogChanges() {
        String etag = given().get("/api/v1/summits").then().statusCode(200).header("ETag", notNullValue()).extract().header("ETag");
        given().header("If-None-Match", etag).get("/api/v1/summits").then().statusCode(304);
        given().header("If-None-Match", etag).get("/api/v1/topics/arms-control").then().statusCode(304);

        send("vienna-1961", "Vienna", "1961-06-03", "John F. Kennedy", "not-reached", "space");
        await().atMost(Duration.ofSeconds(30)).until(() -> given().get("/api/v1/summits/vienna-1961").statusCode() == 200);
        String fresh = given().header("If-None-Match", etag).get("/api/v1/summits").then().statusCode(200).extract().header("ETag");
        assertNotNull(fresh);
        org.hamcrest.MatcherAssert.assertThat(fresh, not(equalTo(etag)));
    }
}
