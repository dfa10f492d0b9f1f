package io.summittracker.localstack;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole system as a user runs it: a real Kafka broker in its own JVM, a real PostgreSQL with databases
 * of this test's own (created, then dropped), the three packaged services, and the seeds.
 */
class LocalStackIT {

    private static LocalStack stack;
    private static String ingest;
    private static String catalog;
    private static String web;

    @BeforeAll
    static void startStack() throws IOException {
        Path root = Path.of(System.getProperty("summit.root", "../..")).toAbsolutePath().normalize();
        String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        String externalPg = System.getenv("SUMMIT_TEST_PG_URL");
        StackSettings settings = new StackSettings(root, Files.createTempDirectory("summit-it"),
                freePort(), freePort(), freePort(), freePort(), freePort(), freePort(),
                System.getProperty("summit.kafka.classpath", root.resolve("deploy/local-stack/target/lib/*").toString()),
                Optional.ofNullable(System.getenv("SUMMIT_TEST_KAFKA_BOOTSTRAP")),
                Optional.ofNullable(externalPg),
                "postgres", "", "it_" + suffix + "_ingest", "it_" + suffix + "_catalog",
                Optional.of(root.resolve("seeds")));
        stack = new LocalStack(settings);
        stack.start();
        ingest = "http://127.0.0.1:" + settings.ingestPort();
        catalog = "http://127.0.0.1:" + settings.catalogPort();
        web = "http://127.0.0.1:" + settings.webPort();
    }

    @AfterAll
    static void stopStack() {
        if (stack != null) {
            stack.closeAndDropDatabases();
        }
    }

    @Test
    void theSeedsAreInTheCatalogAndOnThePortal() {
        List<String> titles = List.of("The Helsinki Summit: the Beginning of a Journey",
                "Russia and the United States Must Cooperate to Achieve Their Own National Interests");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                given().get(catalog + "/api/v1/export/documents").then().statusCode(200)
                        .body("title", hasItems(titles.toArray())));
        for (String title : titles) {
            String id = given().get(catalog + "/api/v1/export/documents").then().extract()
                    .jsonPath().getString("find { it.title == '" + title.replace("'", "\\'") + "' }.id");
            given().get(web + "/documents/" + id).then().statusCode(200).contentType(containsString("text/html"))
                    .body(containsString(title));
        }
        given().get(web + "/").then().statusCode(200).body(containsString("Summit Tracker"));
    }

    @Test
    void anArticlePostedToIngestComesOutOfTheCatalogAndOnItsPage() {
        String title = "Vladivostok, November 1974 " + UUID.randomUUID();
        String text = title + "\n\nFord and Brezhnev agreed on a framework for a second strategic arms treaty. "
                + "On 24 November 1974 the two delegations signed a joint communiqué on the talks.\n";
        String id = given().contentType("text/plain; charset=utf-8").body(text).queryParam("filename", "vladivostok.txt")
                .post(ingest + "/api/v1/documents").then().statusCode(202).extract().path("id");

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                given().get(catalog + "/api/v1/documents/" + id + "/extraction").then().statusCode(200)
                        .body("document.title", equalTo(title)));
        given().get(catalog + "/api/v1/documents/" + id).then().statusCode(200).body("text", equalTo(text));
        // the dated event the article reports: in its extraction, on the catalog's timeline and on the portal's
        given().get(catalog + "/api/v1/documents/" + id + "/extraction").then()
                .body("events.date", hasItems("1974-11-24")).body("events.category", hasItems("signing"));
        given().queryParam("from", 1974).queryParam("to", 1974).get(catalog + "/api/v1/timeline").then().statusCode(200)
                .body("items.findAll { it.kind == 'event' }.documentId", hasItems(id));
        given().get(web + "/timeline").then().statusCode(200)
                .body(containsString("signed a joint communiqué on the talks"));
        given().get(ingest + "/api/v1/documents/" + id).then().statusCode(200).body("state", equalTo("published"));
        given().get(web + "/documents/" + id).then().statusCode(200)
                .body(containsString(title))
                .body(containsString("framework for a second strategic arms treaty"));
    }

    @Test
    void crashingTheCatalogWhileArticlesArePostedLosesNoneOfThem() throws Exception {
        List<String> ids = new CopyOnWriteArrayList<>();
        Thread poster = new Thread(() -> {
            for (int i = 0; i < 30; i++) {
                String text = "Crash test article " + i + " " + UUID.randomUUID() + "\n\nThe leaders met again.\n";
                ids.add(given().contentType("text/plain").body(text).post(ingest + "/api/v1/documents")
                        .then().statusCode(202).extract().path("id"));
                sleep(100);
            }
        });
        poster.start();
        await().atMost(Duration.ofSeconds(30)).until(() -> ids.size() >= 5);
        stack.crash("catalog-service");
        given().get(web + "/").then().statusCode(503).body(containsString("catalog is unavailable"))
                .body(not(containsString("Exception")));
        poster.join();
        stack.restart("catalog-service");

        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
            long stored = ids.stream().filter(id -> given().get(catalog + "/api/v1/documents/" + id).statusCode() == 200).count();
            assertEquals(30, stored);
        });
    }

    @Test
    void extractionThroughTheServicesScoresOnTheSeeds() throws Exception {
        Path root = stack.settings().root();
        Process score = new ProcessBuilder("python3", root.resolve("eval/score.py").toString(),
                "--articles", root.resolve("seeds").toString(), "--gold", root.resolve("eval/seeds-gold").toString(),
                "--ingest", ingest, "--catalog", catalog, "--min", "0.9").redirectErrorStream(true).start();
        String report = new String(score.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        score.waitFor();
        System.out.println("== seeds scored through the services\n" + report);
        assertEquals(0, score.exitValue(), report);
    }

    @Test
    void onePersonRecordForAPersonNamedInBothSeeds() {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                given().get(catalog + "/api/v1/documents").then().body("total", org.hamcrest.Matchers.greaterThanOrEqualTo(2)));
        given().queryParam("q", "Vladimir Putin").get(catalog + "/api/v1/people").then().statusCode(200)
                .body("items.size()", equalTo(1))
                .body("items[0].id", equalTo("vladimir-putin"));
    }

    @Test
    void anEmptyCatalogReplayingTheTopicFromTheStartEndsWithTheSameData() throws Exception {
        Path devset = stack.settings().root().resolve("eval/devset/articles");
        List<String> ids = new java.util.ArrayList<>();
        try (var files = Files.list(devset)) {
            for (Path f : files.sorted().toList()) {
                ids.add(given().contentType("text/plain; charset=utf-8").body(Files.readString(f))
                        .queryParam("filename", f.getFileName().toString()).post(ingest + "/api/v1/documents")
                        .then().statusCode(202).extract().path("id"));
            }
        }
        await().atMost(Duration.ofSeconds(90)).until(() -> ids.stream()
                .allMatch(id -> given().get(catalog + "/api/v1/documents/" + id).statusCode() == 200));
        // A correction is part of the data a rebuild must reproduce.
        String outcome = given().queryParam("status", "agreed").get(catalog + "/api/v1/outcomes?limit=1").then().extract().path("items[0].id");
        given().contentType("application/json").auth().oauth2(stack.editorToken())
                .body(java.util.Map.of("kind", "outcome-status", "outcome", outcome, "status", "not-reached", "note", "rebuild check"))
                .post(catalog + "/api/v1/corrections").then().statusCode(201);
        given().get(catalog + "/api/v1/outcomes/" + outcome).then().body("status", equalTo("not-reached"));
        java.util.Map<String, Object> before = snapshot();

        String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        stack.rebuildCatalogInto("it_rebuild_" + suffix, "catalog-rebuild-" + suffix);

        long documents = ((Number) before.get("document-count")).longValue();
        await().atMost(Duration.ofSeconds(120)).until(() ->
                given().get(catalog + "/api/v1/documents?limit=1").then().extract().<Integer>path("total") >= documents);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertEquals(before, snapshot()));
    }

    /** Everything the catalog holds, as sets of records, in a form independent of insertion order. */
    private static java.util.Map<String, Object> snapshot() {
        java.util.Map<String, Object> all = new java.util.TreeMap<>();
        for (String collection : List.of("summits", "people", "organizations", "statements", "outcomes", "documents", "topics")) {
            List<java.util.Map<String, Object>> rows = given().get(catalog + "/api/v1/export/" + collection).then()
                    .statusCode(200).extract().jsonPath().getList("$");
            all.put(collection, rows.stream().map(LocalStackIT::normalized).collect(java.util.stream.Collectors.toSet()));
        }
        List<java.util.Map<String, Object>> corrections = given().get(catalog + "/api/v1/corrections?limit=500").then()
                .statusCode(200).extract().jsonPath().getList("items");
        all.put("corrections", corrections.stream().peek(c -> c.remove("id")).map(LocalStackIT::normalized)
                .collect(java.util.stream.Collectors.toSet()));
        all.put("document-count", (long) given().get(catalog + "/api/v1/documents?limit=1").then().extract().<Integer>path("total"));
        return all;
    }

    @SuppressWarnings("unchecked")
    private static Object normalized(Object value) {
        if (value instanceof java.util.Map<?, ?> map) {
            java.util.Map<String, Object> sorted = new java.util.TreeMap<>();
            map.forEach((k, v) -> sorted.put(String.valueOf(k), normalized(v)));
            return sorted;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(LocalStackIT::normalized).map(String::valueOf).sorted().toList();
        }
        return value;
    }

    @Test
    void theStacksEditorTokenMayCorrectTheCatalogAndNobodyElse() {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                given().get(catalog + "/api/v1/outcomes?limit=1").then().body("items.size()", equalTo(1)));
        String outcome = given().get(catalog + "/api/v1/outcomes?limit=1").then().extract().path("items[0].id");
        java.util.Map<String, Object> correction = java.util.Map.of("kind", "outcome-status", "outcome", outcome,
                "status", "proposed", "note", "end-to-end check");
        given().contentType("application/json").body(correction).post(catalog + "/api/v1/corrections").then().statusCode(401);
        given().contentType("application/json").auth().oauth2(stack.editorToken()).body(correction)
                .post(catalog + "/api/v1/corrections").then().statusCode(201).body("editor", equalTo("editor"));
        given().get(catalog + "/api/v1/outcomes/" + outcome).then().body("status", equalTo("proposed")).body("curated", equalTo(true));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
