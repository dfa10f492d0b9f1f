package io.summittracker.catalog.document;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.panache.common.Sort;
import io.summittracker.catalog.problem.Problem;
import io.summittracker.catalog.problem.ProblemException;
import io.summittracker.events.DocumentEvents;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/documents")
@Tag(name = "documents", description = "Articles in the catalog, their text and what was extracted from them")
@Produces(MediaType.APPLICATION_JSON)
public class DocumentResource {

    private static final int MAX_LIMIT = 200;

    @GET
    @Operation(summary = "Documents, newest first")
    @APIResponse(responseCode = "400", description = "Bad paging parameters", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public DocumentPage list(@QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("limit") @DefaultValue("50") int limit) {
        if (offset < 0 || limit < 1 || limit > MAX_LIMIT) {
            throw new ProblemException(400, "Bad paging parameters",
                    "offset must be 0 or more and limit between 1 and " + MAX_LIMIT + ".");
        }
        var query = Document.<Document>findAll(Sort.descending("receivedAt").and("id"));
        var items = query.range(offset, offset + limit - 1).list().stream().map(DocumentSummary::of).toList();
        return new DocumentPage(items, query.count(), offset, limit);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One document with its verbatim text")
    @APIResponse(responseCode = "404", description = "Not (yet) in the catalog", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public DocumentDetail get(@PathParam("id") String id) {
        return DocumentDetail.of(find(id));
    }

    @GET
    @Path("/{id}/extraction")
    @Operation(summary = "Everything extracted from one document",
            description = "Document facts, summits, people, organisations, topics, statements and outcomes, each with its evidence span.")
    @APIResponse(responseCode = "404", description = "Not (yet) in the catalog", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public String extraction(@PathParam("id") String id) {
        Document doc = find(id);
        try {
            ObjectNode node = (ObjectNode) DocumentEvents.mapper().readTree(doc.extraction);
            ObjectNode meta = node.withObjectProperty("document");
            meta.put("id", doc.id);
            CatalogIds.rewritePeople(node, doc.id);
            return DocumentEvents.mapper().writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored extraction of " + id + " is not JSON", e);
        }
    }

    private static Document find(String id) {
        Document doc = Document.findById(id);
        if (doc == null) {
            throw new ProblemException(404, "Not found", "No document " + id + " in the catalog (yet).");
        }
        return doc;
    }
}
