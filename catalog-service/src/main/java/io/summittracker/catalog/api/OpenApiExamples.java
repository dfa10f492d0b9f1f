package io.summittracker.catalog.api;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;

/**
 * Puts the response examples into the OpenAPI document. They are plain JSON files under {@value #FOLDER}, so
 * the resource classes stay about the API and anyone can edit an example without touching Java. The folder's
 * {@code index.json} maps {@code "METHOD path status"} to the file for that response's JSON (or problem+json)
 * body; any other media type needs its own key, {@code "METHOD path status media/type"}.
 * <p>
 * Registered as {@code mp.openapi.filter}, which Quarkus runs at build time: the files are read from the
 * application's classpath then, and the finished document is served as is.
 */
public class OpenApiExamples implements OASFilter {

    public static final String FOLDER = "openapi/examples/";
    public static final String INDEX = "index.json";
    /** The media types a key without one stands for. */
    static final Set<String> JSON_TYPES = Set.of("application/json", "application/problem+json");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        Map<String, String> index = index();
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations()
                .forEach((method, operation) -> addExamples(method + " " + path, operation, index)));
    }

    private static void addExamples(String operationKey, Operation operation, Map<String, String> index) {
        if (operation.getResponses() == null) {
            return;
        }
        operation.getResponses().getAPIResponses().forEach((status, response) -> {
            if (response.getDescription() == null || response.getDescription().isBlank()) {
                // OpenAPI requires a description on every response; the status's reason phrase is an honest one.
                response.setDescription(reasonPhrase(status));
            }
            if (response.getContent() == null) {
                return;
            }
            String key = operationKey + " " + status;
            response.getContent().getMediaTypes().forEach((type, media) -> {
                String file = index.get(key + " " + type);
                if (file == null && JSON_TYPES.contains(type)) {
                    file = index.get(key);
                }
                if (file != null) {
                    media.setExample(read(file, new TypeReference<Object>() { }));
                }
            });
        });
    }

    private static String reasonPhrase(String status) {
        try {
            jakarta.ws.rs.core.Response.Status known = jakarta.ws.rs.core.Response.Status.fromStatusCode(Integer.parseInt(status));
            return known != null ? known.getReasonPhrase() : "Status " + status;
        } catch (NumberFormatException e) {
            return "Default response";
        }
    }

    /** Response key to file name, relative to {@value #FOLDER}. */
    public static Map<String, String> index() {
        return read(INDEX, new TypeReference<Map<String, String>>() { });
    }

    /** Parsed into plain maps and lists, which the OpenAPI writer serialises as JSON (nulls included). */
    private static <T> T read(String file, TypeReference<T> type) {
        try (InputStream in = OpenApiExamples.class.getClassLoader().getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("OpenAPI example " + FOLDER + file + " is not on the classpath");
            }
            return JSON.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("OpenAPI example " + FOLDER + file + " is not valid JSON", e);
        }
    }
}
