package io.summittracker.catalog.curation;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.summittracker.catalog.KafkaEvents;
import io.summittracker.embedded.testing.KafkaTestResource;
import io.summittracker.embedded.testing.PostgresTestResource;
import io.summittracker.events.DocumentEvents;
import io.summittracker.events.DocumentIngested;
import io.summittracker.events.DocumentSource;
import io.summittracker.events.extraction.DocumentMeta;
import io.summittracker.events.extraction.Extraction;
import io.summittracker.events.extraction.OutcomeRef;
import io.summittracker.events.extraction.PersonRef;
import io.summittracker.events.extraction.Role;
import io.summittracker.events.extraction.Span;
import io.summittracker.events.extraction.SpeakerRef;
import io.summittracker.events.extraction.StatementRef;
import io.summittracker.events.extraction.SummitRef;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import io.summittracker.events.CorrectionEvents;
import io.summittracker.events.CorrectionSubmitted;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
class CurationIT {

    private static final String TEXT = "Moscow, 1988\n\nReagan said human rights mattered. The leaders agreed to more exchanges.\n";

    /** Publishes (a version of) a document's extraction and waits until the catalog has it. */
    private String ingest(String id, String extractor, String speaker) {
        int s = TEXT.indexOf("Reagan");
        int o = TEXT.indexOf("The leaders");
        Span said = new Span(s, TEXT.indexOf('.', s) + 1, TEXT.substring(s, TEXT.indexOf('.', s) + 1));
        Span agreed = new Span(o, TEXT.length() - 1, TEXT.substring(o, TEXT.length() - 1));
        Extraction e = new Extraction(extractor, new DocumentMeta("Moscow, 1988", List.of(), null, null, "en", List.of()),
                List.of(new SummitRef("moscow-1988", "Moscow summit", "Moscow", "Soviet Union", "1988-05-29", "1988-06-02", List.of(), true, List.of(), 1, "g")),
                List.of(new PersonRef("p", speaker, List.of(), List.of(new Role("President", "United States", false, null, said, 1, "r")), List.of(), 1, "n")),
                List.of(), List.of(),
                List.of(new StatementRef("s", new SpeakerRef("p", speaker), List.of("human-rights"), "moscow-1988", said.text(), said, "reported", 1, "r")),
                List.of(new OutcomeRef("o", "Moscow summit", "moscow-1988", "more exchanges", "agreed", List.of("diplomacy"), agreed, 1, "c")));
        KafkaEvents.publishDocument(id, DocumentEvents.toJson(DocumentEvents.ingested(new DocumentIngested(
                new DocumentSource(id, "m.txt", "text/plain", "0".repeat(64), OffsetDateTime.now()), TEXT, e))));
        await().atMost(Duration.ofSeconds(30)).until(() ->
                extractor.equals(given().get("/api/v1/documents/" + id).then().extract().path("extractor")));
        return id;
    }

    private static String newId() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    }

    @Test
    void writesNeedAnEditorsToken() {
        given().contentType("application/json").body(Map.of("kind", "retag")).post("/api/v1/corrections")
                .then().statusCode(401).contentType("application/problem+json").header("WWW-Authenticate", "Bearer");
        given().contentType("application/json").auth().oauth2("not-a-token").body(Map.of("kind", "retag")).post("/api/v1/corrections")
                .then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "reader", roles = "reader")
    void readersMayNotCorrect() {
        given().contentType("application/json").body(Map.of("kind", "retag")).post("/api/v1/corrections")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "ada", roles = "editor")
    void anOutcomeStatusCorrectionIsAuditedAndSurvivesANewerExtractor() {
        String doc = ingest(newId(), "x/1", "Ronald Reagan");
        String outcome = doc + ":o";
        String location = given().contentType("application/json")
                .body(Map.of("kind", "outcome-status", "outcome", outcome, "status", "agreed-in-principle", "note", "only a framework"))
                .post("/api/v1/corrections").then().statusCode(201)
                .body("editor", equalTo("ada")).body("before.status", equalTo("agreed")).body("after.status", equalTo("agreed-in-principle"))
                .extract().header("Location");
        given().get(location).then().statusCode(200).body("note", equalTo("only a framework"));
        given().get("/api/v1/outcomes/" + outcome).then().body("status", equalTo("agreed-in-principle")).body("curated", equalTo(true));

        ingest(doc, "x/2", "Ronald Reagan");
        given().get("/api/v1/outcomes/" + outcome).then().body("status", equalTo("agreed-in-principle")).body("curated", equalTo(true));
        given().queryParam("kind", "outcome-status").get("/api/v1/corrections").then().statusCode(200)
                .body("items.editor", hasItem("ada"));
    }

    @Test
    @TestSecurity(user = "ada", roles = "editor")
    void aHiddenStatementStaysHiddenAndARetaggedOneKeepsItsTopics() {
        String doc = ingest(newId(), "x/1", "Ronald Reagan");
        String statement = doc + ":s";
        given().contentType("application/json").body(Map.of("kind", "retag", "statement", statement, "topics", List.of("human-rights", "diplomacy")))
                .post("/api/v1/corrections").then().statusCode(201);
        given().get("/api/v1/statements/" + statement).then().body("topics", contains("human-rights", "diplomacy")).body("curated", equalTo(true));

        given().contentType("application/json").body(Map.of("kind", "hide-statement", "statement", statement))
                .post("/api/v1/corrections").then().statusCode(201);
        ingest(doc, "x/2", "Ronald Reagan");
        given().get("/api/v1/statements/" + statement).then().statusCode(404);
        given().queryParam("document", doc).get("/api/v1/statements").then().body("items.id", not(hasItem(statement)));
    }

    @Test
    @TestSecurity(user = "ada", roles = "editor")
    void mergedPeopleStayOneWhenADocumentNamesTheMergedSpellingAgain() {
        String first = ingest(newId(), "x/1", "Ronald W. Reagan");
        ingest(newId(), "x/1", "Ronald Reagan");
        given().contentType("application/json").body(Map.of("kind", "merge-people", "person", "ronald-reagan", "source", "ronald-w-reagan"))
                .post("/api/v1/corrections").then().statusCode(201);
        given().get("/api/v1/people/ronald-w-reagan").then().statusCode(404);
        given().get("/api/v1/people/ronald-reagan").then().statusCode(200).body("aliases", hasItem("Ronald W. Reagan"));

        ingest(first, "x/2", "Ronald W. Reagan");
        given().get("/api/v1/people/ronald-w-reagan").then().statusCode(404);
        given().queryParam("document", first).get("/api/v1/statements").then().body("items[0].speakerId", equalTo("ronald-reagan"));
    }

    @Test
    @TestSecurity(user = "ada", roles = "editor")
    void anEditedRoleIsShownAsCuratedAndAppliesAgainAfterReingestion() {
        String doc = ingest(newId(), "x/1", "Nancy Example");
        given().contentType("application/json").body(Map.of("kind", "edit-role", "person", "nancy-example", "title", "President",
                "organization", "United States", "newTitle", "First Lady")).post("/api/v1/corrections").then().statusCode(201);
        ingest(doc, "x/2", "Nancy Example");
        given().get("/api/v1/people/nancy-example").then().body("roles.title", contains("First Lady")).body("roles[0].curated", equalTo(true));
    }

    @Test
    @TestSecurity(user = "ada", roles = "editor")
    void aCorrectionIsPublishedAsAnEventAndOneFromTheLogIsAppliedOnce() throws Exception {
        String doc = ingest(newId(), "x/1", "Ronald Reagan");
        given().contentType("application/json").body(Map.of("kind", "outcome-status", "outcome", doc + ":o", "status", "proposed"))
                .post("/api/v1/corrections").then().statusCode(201);
        var records = KafkaEvents.read(CorrectionEvents.TOPIC, r -> r.value().contains(doc), 1);
        assertEquals(1, records.size(), "the correction is on the topic");
        String published = records.get(0).value();
        var event = CorrectionEvents.parseSubmitted(published);
        assertEquals("outcome-status", event.data().kind());
        assertEquals("ada", event.data().editor());

        // The same event again (a redelivery) changes nothing; a new one from another replica applies; a poison one is dead-lettered.
        long before = given().get("/api/v1/corrections").then().extract().<Integer>path("total");
        KafkaEvents.publishCorrection(records.get(0).key(), published);
        var other = new CorrectionSubmitted(UUID.randomUUID().toString(), "outcome-status",
                event.data().target(), Map.of("status", "rejected"), Map.of("status", "proposed"), "bob", "from replica 2",
                OffsetDateTime.now());
        String poisonKey = "poison-" + doc;
        KafkaEvents.publishCorrection(poisonKey, "{ not an event");
        KafkaEvents.publishCorrection(records.get(0).key(), CorrectionEvents.toJson(other));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/api/v1/outcomes/" + doc + ":o").then().body("status", equalTo("rejected")));
        given().get("/api/v1/corrections").then().body("total", equalTo((int) before + 1)).body("items[0].editor", equalTo("bob"));
        var dead = KafkaEvents.read(CorrectionEvents.DEAD_LETTER_TOPIC, r -> poisonKey.equals(r.key()), 1);
        assertEquals(1, dead.size(), "the poison correction is dead-lettered");
        assertNotNull(dead.get(0).headers().lastHeader("dead-letter-reason"));
    }

    @Test
    @TestSecurity(user = "ada", roles = "editor")
    void malformedCorrectionsSayWhatIsWrong() {
        given().contentType("application/json").body(Map.of("kind", "rewrite-history")).post("/api/v1/corrections")
                .then().statusCode(400).body("detail", containsString("merge-people"));
        given().contentType("application/json").body(Map.of("kind", "outcome-status", "outcome", "nope", "status", "agreed"))
                .post("/api/v1/corrections").then().statusCode(404);
        String doc = ingest(newId(), "x/1", "Ronald Reagan");
        given().contentType("application/json").body(Map.of("kind", "retag", "statement", doc + ":s", "topics", List.of("astrology")))
                .post("/api/v1/corrections").then().statusCode(400).body("detail", containsString("astrology"));
        given().contentType("application/json").body(Map.of("kind", "outcome-status", "outcome", doc + ":o"))
                .post("/api/v1/corrections").then().statusCode(400);
    }
}
