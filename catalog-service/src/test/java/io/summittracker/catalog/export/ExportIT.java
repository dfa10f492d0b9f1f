package io.summittracker.catalog.export;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.summittracker.catalog.KafkaEvents;
import io.summittracker.embedded.testing.KafkaTestResource;
import io.summittracker.embedded.testing.PostgresTestResource;
import io.summittracker.events.DocumentEvents;
import io.summittracker.events.DocumentIngested;
import io.summittracker.events.DocumentSource;
import io.summittracker.events.extraction.DocumentMeta;
import io.summittracker.events.extraction.EventRef;
import io.summittracker.events.extraction.Extraction;
import io.summittracker.events.extraction.PersonRef;
import io.summittracker.events.extraction.Role;
import io.summittracker.events.extraction.Span;
import io.summittracker.events.extraction.SummitRef;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
class ExportIT {

    @BeforeEach
    void load() {
        if (given().get("/api/v1/summits/geneva-1985").statusCode() == 200) {
            return;
        }
        String text = "Geneva, 1985\n\nReagan and Gorbachev met.\n";
        Span met = new Span(14, 39, "Reagan and Gorbachev met.");
        Extraction e = new Extraction("t/1", new DocumentMeta("Geneva, \"fireside\" 1985", List.of(), null, "1985-11-21", "en", List.of()),
                List.of(new SummitRef("geneva-1985", "Geneva summit", "Geneva", "Switzerland", "1985-11-19", "1985-11-20",
                        List.of("Ronald Reagan", "Mikhail Gorbachev"), true, List.of(), 1, "g")),
                List.of(new PersonRef("p", "George Shultz", List.of("Shultz"),
                        List.of(new Role("Secretary of State", "United States", false, null, null, 1, "r")), List.of(), 1, "n")),
                List.of(), List.of(), List.of(), List.of(),
                List.of(new EventRef("ev-1", "1985-11-19", "meeting", "geneva-1985", List.of("diplomacy"), "Reagan and Gorbachev met.", met, 0.8, "r")));
        KafkaEvents.publishDocument("00000000000e0001", DocumentEvents.toJson(DocumentEvents.ingested(new DocumentIngested(
                new DocumentSource("00000000000e0001", "g.txt", "text/plain", "0".repeat(64), OffsetDateTime.now()), text, e))));
        await().atMost(Duration.ofSeconds(30)).until(() -> given().get("/api/v1/summits/geneva-1985").statusCode() == 200);
    }

    @Test
    void csvHasAHeaderAndQuotesFieldsThatNeedIt() {
        String csv = given().queryParam("format", "csv").get("/api/v1/export/documents").then().statusCode(200)
                .contentType(startsWith("text/csv")).header("Content-Disposition", containsString("documents.csv")).extract().asString();
        List<String> lines = csv.lines().toList();
        assertTrue(lines.get(0).startsWith("id,title,authors,"), lines.get(0));
        assertTrue(csv.contains("\"Geneva, \"\"fireside\"\" 1985\""), csv);
    }

    @Test
    void jsonExportsAreArraysWithJsonColumnsAsJson() {
        given().get("/api/v1/export/summits").then().statusCode(200).contentType(startsWith("application/json"))
                .body("find { it.id == 'geneva-1985' }.leaders", hasItem("Mikhail Gorbachev"))
                .body("find { it.id == 'geneva-1985' }.fromGazetteer", equalTo(true));
        given().get("/api/v1/export/people").then().body("find { it.id == 'george-shultz' }.roles[0].title", equalTo("Secretary of State"));
        given().get("/api/v1/export/events").then().statusCode(200)
                .body("find { it.id == '00000000000e0001:ev-1' }.date", equalTo("1985-11-19"))
                .body("find { it.id == '00000000000e0001:ev-1' }.topics", hasItem("diplomacy"))
                .body("find { it.id == '00000000000e0001:ev-1' }.summitId", equalTo("geneva-1985"));
        String csv = given().queryParam("format", "csv").get("/api/v1/export/events").then().statusCode(200).extract().asString();
        assertTrue(csv.startsWith("id,documentId,date,category,summitId,topics,text,"), csv);
    }

    @Test
    void summitsPeopleAndOrganisationsExportAsSchemaOrgJsonLd() {
        given().queryParam("format", "jsonld").get("/api/v1/export/summits").then().statusCode(200)
                .contentType(startsWith("application/ld+json"))
                .body("'@context'", equalTo("https://schema.org"))
                .body("'@graph'.find { it.name == 'Geneva summit' }.'@type'", equalTo("Event"))
                .body("'@graph'.find { it.name == 'Geneva summit' }.startDate", equalTo("1985-11-19"))
                .body("'@graph'.find { it.name == 'Geneva summit' }.location.address.addressCountry", equalTo("Switzerland"));
        given().accept("application/ld+json").get("/api/v1/people/george-shultz").then().statusCode(200)
                .body("'@type'", equalTo("Person")).body("jobTitle", hasItem("Secretary of State"));
        given().accept("application/ld+json").get("/api/v1/summits/geneva-1985").then().statusCode(200)
                .body("attendee.name", hasItem("Ronald Reagan"));
    }

    @Test
    void summitsExportAsAnICalendarTimeline() {
        String ics = given().queryParam("format", "ics").get("/api/v1/export/summits").then().statusCode(200)
                .contentType(startsWith("text/calendar")).extract().asString();
        assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\n"));
        assertTrue(ics.contains("UID:geneva-1985@summittracker\r\nDTSTAMP:20000101T000000Z\r\nDTSTART;VALUE=DATE:19851119\r\nDTEND;VALUE=DATE:19851121\r\n"), ics);
        assertTrue(ics.contains("LOCATION:Geneva\\, Switzerland\r\n"));
        ics.lines().forEach(l -> assertTrue(l.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 75, l));
    }

    @Test
    void unknownCollectionsAndFormatsAreRefusedClearly() {
        given().get("/api/v1/export/planets").then().statusCode(404).contentType("application/problem+json");
        given().queryParam("format", "xml").get("/api/v1/export/summits").then().statusCode(400).body("detail", containsString("csv"));
        given().queryParam("format", "ics").get("/api/v1/export/people").then().statusCode(400);
    }

    @Test
    void longCalendarLinesAreFoldedWithoutSplittingCharacters() {
        String folded = ExportResource.fold("DESCRIPTION:" + "é".repeat(60));
        folded.lines().forEach(l -> assertTrue(l.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 75));
        assertEquals("DESCRIPTION:" + "é".repeat(60), folded.replace("\r\n ", "").strip());
    }
}
