package io.summittracker.catalog.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.summittracker.catalog.InMemoryMessaging;
import io.summittracker.catalog.curation.CorrectionView;
import io.summittracker.catalog.document.DocumentSummary;
import io.summittracker.catalog.organization.OrganizationResource.OrganizationView;
import io.summittracker.catalog.outcome.OutcomeView;
import io.summittracker.catalog.person.PersonView;
import io.summittracker.catalog.problem.Problem;
import io.summittracker.catalog.statement.StatementView;
import io.summittracker.catalog.summit.SummitView;
import io.summittracker.embedded.testing.PostgresTestResource;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The served OpenAPI document has an example for every response of the catalog API, and each example has the
 * fields its schema (or, for pages and problems, its record) declares. A new endpoint without an example fails here.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(InMemoryMessaging.class)
class OpenApiExamplesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Page schemas are generic ({@code items: {}}): the record each list's items are, to check their field names. */
    private static final Map<String, Class<? extends Record>> PAGE_ITEMS = Map.of(
            "GET /api/v1/summits", SummitView.class,
            "GET /api/v1/people", PersonView.class,
            "GET /api/v1/organizations", OrganizationView.class,
            "GET /api/v1/statements", StatementView.class,
            "GET /api/v1/outcomes", OutcomeView.class,
            "GET /api/v1/documents", DocumentSummary.class,
            "GET /api/v1/corrections", CorrectionView.class);

    private JsonNode openApi;
    private final List<String> failures = new ArrayList<>();

    @BeforeEach
    void fetch() throws IOException {
        openApi = JSON.readTree(given().get("/q/openapi?format=json").then().statusCode(200).extract().asString());
    }

    @Test
    void everySuccessResponseHasAnExampleOfItsSchema() {
        forEachOperation((operation, node) -> {
            List<String> success = names(node.path("responses")).stream().filter(s -> s.startsWith("2")).toList();
            check(!success.isEmpty(), operation + " declares no 2xx response");
            for (String status : success) {
                JsonNode content = node.path("responses").path(status).path("content");
                check(!content.isEmpty(), operation + " " + status + " has no content to show an example of");
                content.fields().forEachRemaining(media -> {
                    String where = operation + " " + status + " " + media.getKey();
                    JsonNode example = media.getValue().path("example");
                    if (!check(!example.isMissingNode(), where + " has no example")) {
                        return;
                    }
                    // JSON-LD is declared as a string (the method returns its text); its example is the JSON itself.
                    if (OpenApiExamples.JSON_TYPES.contains(media.getKey())) {
                        matches(where, example, media.getValue().path("schema"), true);
                    }
                    if (media.getValue().path("schema").path("$ref").asText().endsWith("/Page")) {
                        pageItems(operation, where, example);
                    }
                });
            }
        });
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void everyResponseHasADescription() {
        forEachOperation((operation, node) -> names(node.path("responses")).forEach(status ->
                check(!node.path("responses").path(status).path("description").asText().isBlank(),
                        operation + " " + status + " has no description")));
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void everyErrorResponseHasAProblemExample() {
        Set<String> fields = Arrays.stream(Problem.class.getRecordComponents()).map(c -> c.getName()).collect(Collectors.toSet());
        forEachOperation((operation, node) -> names(node.path("responses")).stream().filter(s -> s.startsWith("4")).forEach(status -> {
            String where = operation + " " + status;
            JsonNode content = node.path("responses").path(status).path("content");
            check(names(content).equals(List.of(Problem.MEDIA_TYPE)), where + " is not only " + Problem.MEDIA_TYPE + ": " + names(content));
            JsonNode example = content.path(Problem.MEDIA_TYPE).path("example");
            if (check(example.isObject(), where + " has no problem example")) {
                check(new HashSet<>(names(example)).equals(fields), where + " example has " + names(example) + ", a problem has " + fields);
                check(example.path("status").isInt() && example.path("status").asText().equals(status), where + " example has status " + example.path("status"));
                check(example.path("instance").asText().startsWith("/api/v1/"), where + " example's instance is not an API path");
            }
        }));
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void everyIndexKeyNamesADeclaredResponse() {
        for (String key : OpenApiExamples.index().keySet()) {
            String[] part = key.split(" ");
            JsonNode response = openApi.path("paths").path(part.length > 1 ? part[1] : "").path(part[0].toLowerCase())
                    .path("responses").path(part.length > 2 ? part[2] : "");
            boolean found = part.length >= 3 && part.length <= 4 && !response.isMissingNode()
                    && (part.length == 3 || response.path("content").has(part[3]));
            check(found, "index.json key '" + key + "' names no declared response (\"METHOD path status [media/type]\")");
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void everyExampleFileIsIndexedAndParses() throws IOException, URISyntaxException {
        URL index = getClass().getClassLoader().getResource(OpenApiExamples.FOLDER + OpenApiExamples.INDEX);
        assertTrue(index != null && "file".equals(index.getProtocol()), "examples folder not found as a directory: " + index);
        Path folder = Path.of(index.toURI()).getParent();
        Set<String> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(p -> p.toString().endsWith(".json")).map(p -> folder.relativize(p).toString().replace('\\', '/'))
                    .filter(name -> !name.equals(OpenApiExamples.INDEX)).collect(Collectors.toCollection(TreeSet::new));
        }
        Set<String> indexed = new TreeSet<>(OpenApiExamples.index().values());
        Set<String> unreferenced = new TreeSet<>(files);
        unreferenced.removeAll(indexed);
        Set<String> missing = new TreeSet<>(indexed);
        missing.removeAll(files);
        assertEquals(Set.of(), unreferenced, "example files that index.json does not reference");
        assertEquals(Set.of(), missing, "files index.json references that do not exist");
        for (String file : files) {
            try {
                JSON.readTree(folder.resolve(file).toFile());
            } catch (IOException e) {
                failures.add(file + " is not JSON: " + e.getMessage());
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    /** Every operation under /api/v1, named "METHOD path". */
    private void forEachOperation(BiConsumer<String, JsonNode> check) {
        openApi.path("paths").fields().forEachRemaining(path -> {
            if (path.getKey().startsWith("/api/v1/")) {
                path.getValue().fields().forEachRemaining(op -> {
                    if (Set.of("get", "post", "put", "patch", "delete").contains(op.getKey())) {
                        check.accept(op.getKey().toUpperCase() + " " + path.getKey(), op.getValue());
                    }
                });
            }
        });
    }

    /**
     * The example has every property the schema declares, recursively (and at the top level no others), with
     * JSON types that fit. JsonNode stands for any JSON, so its generated schema (Jackson's getters) is skipped.
     */
    private void matches(String where, JsonNode example, JsonNode schema, boolean topLevel) {
        String ref = schema.path("$ref").asText();
        if (!ref.isEmpty()) {
            String name = ref.substring(ref.lastIndexOf('/') + 1);
            if (!name.equals("JsonNode")) {
                matches(where, example, openApi.path("components").path("schemas").path(name), topLevel);
            }
            return;
        }
        if (example.isNull()) {
            return;
        }
        String type = schema.path("type").asText();
        if (schema.has("properties")) {
            if (!check(example.isObject(), where + ": expected an object, got " + example)) {
                return;
            }
            List<String> declared = names(schema.path("properties"));
            declared.stream().filter(p -> !example.has(p)).forEach(p -> failures.add(where + ": example lacks declared property '" + p + "'"));
            if (topLevel) {
                names(example).stream().filter(p -> !declared.contains(p)).forEach(p -> failures.add(where + ": example has undeclared property '" + p + "'"));
            }
            declared.stream().filter(example::has).forEach(p -> matches(where + "." + p, example.get(p), schema.path("properties").path(p), false));
        } else if (schema.path("additionalProperties").isObject() && check(example.isObject(), where + ": expected a map, got " + example)) {
            example.fields().forEachRemaining(e -> matches(where + "." + e.getKey(), e.getValue(), schema.path("additionalProperties"), false));
        } else if (type.equals("array") && check(example.isArray(), where + ": expected an array, got " + example)) {
            example.forEach(item -> matches(where + "[]", item, schema.path("items"), false));
        } else if (type.equals("string")) {
            check(example.isTextual(), where + ": expected a string, got " + example);
        } else if (type.equals("integer")) {
            check(example.isIntegralNumber(), where + ": expected an integer, got " + example);
        } else if (type.equals("number")) {
            check(example.isNumber(), where + ": expected a number, got " + example);
        } else if (type.equals("boolean")) {
            check(example.isBoolean(), where + ": expected a boolean, got " + example);
        }
    }

    /** A page's items have exactly the fields of the list's record. */
    private void pageItems(String operation, String where, JsonNode page) {
        Class<? extends Record> item = PAGE_ITEMS.get(operation);
        if (!check(item != null, operation + " returns a Page: add the record of its items to PAGE_ITEMS")) {
            return;
        }
        Set<String> fields = Arrays.stream(item.getRecordComponents()).map(c -> c.getName()).collect(Collectors.toSet());
        check(page.path("items").size() > 0, where + ": the example page has no items");
        page.path("items").forEach(i -> check(new HashSet<>(names(i)).equals(fields),
                where + ": an item has " + names(i) + ", " + item.getSimpleName() + " has " + fields));
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> i = node.fieldNames(); i.hasNext();) {
            names.add(i.next());
        }
        return names;
    }

    private boolean check(boolean ok, String failure) {
        if (!ok) {
            failures.add(failure);
        }
        return ok;
    }
}
