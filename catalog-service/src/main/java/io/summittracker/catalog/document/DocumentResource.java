package io.summittracker.catalog.document;

import java.util.Map;
import io.summittracker.catalog.api.SortOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.summittracker.catalog.api.KeysetQuery;
import io.summittracker.catalog.api.Links;
import io.summittracker.catalog.api.Page;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import io.summittracker.catalog.problem.Problem;
import io.summittracker.catalog.problem.ProblemException;
import io.summittracker.events.DocumentEvents;
import io.summittracker.events.extraction.Extraction;
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

    @Inject
    EntityManager em;

    /** Documents newest first by default; or by publication date or title. */
    static final Map<String, String> SORTS = Map.of(
            "received", "to_char(received_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US')",
            "published", "COALESCE(to_char(published, 'YYYY-MM-DD'), '9999')", "title", "lower(COALESCE(title, ''))");

    @GET
    @Operation(summary = "Documents, newest first; cursor-paged")
    @APIResponse(responseCode = "200", description = "A page; Link rel=next and X-Total-Count headers",
            content = @Content(schema = @Schema(implementation = Page.class)))
    @APIResponse(responseCode = "400", description = "Bad limit or cursor", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response list(@Parameter(description = "topic slug", example = "arms-control") @QueryParam("topic") String topic,
            @Parameter(description = "summit id", example = "geneva-2021") @QueryParam("summit") String summit,
            @Parameter(description = "-received (default: newest first), received, published or title; -published for the latest first", example = "published") @QueryParam("sort") String sort,
            @QueryParam("cursor") String cursor, @QueryParam("limit") @DefaultValue("50") int limit, @Context UriInfo uri) {
        Page<DocumentSummary> page = new KeysetQuery("document", SortOrder.parse(sort, "-received", SORTS), "id")
                .where("EXISTS (SELECT 1 FROM document_topic dt WHERE dt.document_id = document.id AND dt.topic_slug = ?)", topic)
                .where("EXISTS (SELECT 1 FROM document_summit ds WHERE ds.document_id = document.id AND ds.summit_id = ?)", summit)
                .page(em, Document.class, cursor, limit, DocumentSummary::of);
        return Links.paged(page, uri);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One document with its verbatim text")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = DocumentDetail.class)))
    @APIResponse(responseCode = "404", description = "Not (yet) in the catalog", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public DocumentDetail get(@PathParam("id") String id) {
        return DocumentDetail.of(find(id));
    }

    @GET
    @Path("/{id}/extraction")
    @Operation(summary = "Everything extracted from one document",
            description = "Document facts, summits, people, organisations, topics, statements and outcomes, each with its evidence span.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = Extraction.class)))
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
