package io.summittracker.catalog.ingest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import io.summittracker.catalog.InMemoryMessaging;
import io.summittracker.embedded.testing.PostgresTestResource;
import io.summittracker.events.CloudEvent;
import io.summittracker.events.DocumentEvents;
import io.summittracker.events.DocumentIngested;
import io.summittracker.events.DocumentSource;
import io.summittracker.events.extraction.DocumentMeta;
import io.summittracker.events.extraction.Extraction;
import io.summittracker.events.extraction.OrganizationRef;
import io.summittracker.events.extraction.OutcomeRef;
import io.summittracker.events.extraction.PersonRef;
import io.summittracker.events.extraction.Role;
import io.summittracker.events.extraction.Span;
import io.summittracker.events.extraction.SpeakerRef;
import io.summittracker.events.extraction.StatementRef;
import io.summittracker.events.extraction.SummitRef;
import io.summittracker.events.extraction.TopicRef;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(InMemoryMessaging.class)
class FactsApplierTest {

    @Inject
    @Any
    InMemoryConnector connector;

    private static final String TEXT = "Malta talks\n\nPresident Mikhail Gorbachev said the Cold War was over. Gorbachev agreed to talks.\n";

    private static CloudEvent<DocumentIngested> event(String id, String extractor, String personName, String alias, List<String> statementTopics) {
        String speakerId = "p1";
        Span said = new Span(13, 62, TEXT.substring(13, 62));
        Span agreed = new Span(63, 87, TEXT.substring(63, 87));
        Extraction extraction = new Extraction(extractor,
                new DocumentMeta("Malta talks", List.of(), null, null, "en", List.of()),
                List.of(new SummitRef("malta-1989", "Malta summit", "Valletta", "Malta", "1989-12-02", "1989-12-03",
                        List.of("George H. W. Bush", "Mikhail Gorbachev"), true, List.of(), 0.9, "gazetteer")),
                List.of(new PersonRef(speakerId, personName, List.of(alias),
                        List.of(new Role("President", "Soviet Union", false, null, said, 0.8, "title-before-name")), List.of(), 0.9, "name")),
                List.of(new OrganizationRef("soviet-communist-party", "Communist Party of the Soviet Union", "government-body", List.of(), 0.7, "org")),
                List.of(new TopicRef("arms-control", 0.8, "keywords")),
                List.of(new StatementRef("s1", new SpeakerRef(speakerId, personName), statementTopics, "malta-1989",
                        said.text(), said, "reported", 0.8, "reported-speech")),
                List.of(new OutcomeRef("o1", "Malta summit", "malta-1989", "talks", "agreed", List.of("arms-control"), agreed, 0.7, "cue")));
        return DocumentEvents.ingested(new DocumentIngested(
                new DocumentSource(id, "malta.txt", "text/plain", "0".repeat(64), OffsetDateTime.now()), TEXT, extraction));
    }

    private static String newId() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    }

    @Test
    void theSamePersonInTwoDocumentsIsOneCatalogRecordWithAllSpellings() {
        String first = newId();
        String second = newId();
        connector.source("documents-in").send(DocumentEvents.toJson(event(first, "x/1", "Mikhail Gorbachev", "Gorbachev", List.of())));
        connector.source("documents-in").send(DocumentEvents.toJson(event(second, "x/1", "Mikhail Gorbachov", "Mikhail Gorbachev", List.of())));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                given().get("/api/v1/documents/" + second).then().statusCode(200));

        given().queryParam("q", "gorbach").get("/api/v1/people").then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].id", equalTo("mikhail-gorbachev"))
                .body("items[0].aliases", hasItem("Mikhail Gorbachov"))
                .body("items[0].roles.title", hasItem("President"));
        given().get("/api/v1/documents/" + second + "/extraction").then().statusCode(200)
                .body("people[0].id", equalTo("mikhail-gorbachev"))
                .body("statements[0].speaker.id", equalTo("mikhail-gorbachev"));
        given().get("/api/v1/summits/malta-1989").then().statusCode(200)
                .body("city", equalTo("Valletta")).body("date", equalTo("1989-12-02"))
                .body("leaders", containsInAnyOrder("George H. W. Bush", "Mikhail Gorbachev"));
        given().get("/api/v1/topics/arms-control").then().statusCode(200)
                .body("label", equalTo("Arms control & strategic stability"));
        given().get("/api/v1/organizations/soviet-communist-party").then().statusCode(200).body("kind", equalTo("government-body"));
    }

    @Test
    void aNewerExtractionReplacesTheDocumentsFacts() {
        String id = newId();
        connector.source("documents-in").send(DocumentEvents.toJson(event(id, "x/1", "Mikhail Gorbachev", "Gorbachev", List.of())));
        connector.source("documents-in").send(DocumentEvents.toJson(event(id, "x/2", "Mikhail Gorbachev", "Gorbachev", List.of("diplomacy"))));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                given().get("/api/v1/documents/" + id + "/extraction").then().statusCode(200)
                        .body("extractor", equalTo("x/2"))
                        .body("statements", hasSize(1))
                        .body("statements[0].topics", contains("diplomacy")));
    }
}
