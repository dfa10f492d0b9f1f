package io.summittracker.ingest.document;

import io.summittracker.ingest.problem.Problem;
import io.summittracker.ingest.problem.ProblemException;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

@Path("/api/v1/documents")
@Tag(name = "documents", description = "Submit articles and follow their ingestion")
@Produces(MediaType.APPLICATION_JSON)
public class DocumentResource {

    @Inject
    DocumentIntake intake;

    @POST
    @Consumes({MediaType.TEXT_PLAIN, "text/markdown", MediaType.TEXT_HTML, "application/xhtml+xml", "application/pdf",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Submit an article as the request body",
            description = "The same content always gets the same id; submitting it again changes nothing.")
    @APIResponse(responseCode = "202", description = "Accepted; follow the Location to see its state",
            content = @Content(schema = @Schema(implementation = Accepted.class)))
    @APIResponse(responseCode = "400", description = "Empty or undecodable body", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "413", description = "Too large", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "415", description = "Unsupported format", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "422", description = "No readable text", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response submit(byte[] body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @Parameter(description = "Original file name, kept as the document's source") @QueryParam("filename") String filename,
            UriInfo uri) {
        return accepted(intake.accept(body, contentType, clean(filename)), uri);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Upload an article as a file (field 'file') or pasted text (field 'text')")
    @APIResponse(responseCode = "202", description = "Accepted", content = @Content(schema = @Schema(implementation = Accepted.class)))
    public Response upload(@RestForm("file") FileUpload file, @RestForm("text") String text, UriInfo uri) {
        if (file != null && file.size() > 0) {
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(file.uploadedFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return accepted(intake.accept(bytes, file.contentType(), clean(file.fileName())), uri);
        }
        if (text != null && !text.isBlank()) {
            return accepted(intake.accept(text.getBytes(StandardCharsets.UTF_8), "text/plain; charset=utf-8", null), uri);
        }
        throw new ProblemException(400, "Nothing to ingest", "Send a file in the field 'file' or text in the field 'text'.");
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "The ingest state of a document")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = DocumentStatus.class)))
    @APIResponse(responseCode = "404", description = "No such document", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public DocumentStatus status(@PathParam("id") String id) {
        return IngestedDocument.<IngestedDocument>findByIdOptional(id).map(DocumentStatus::of)
                .orElseThrow(() -> new ProblemException(404, "Not found", "No document has the id " + id + "."));
    }

    private static Response accepted(Accepted accepted, UriInfo uri) {
        return Response.accepted(accepted)
                .location(uri.getBaseUriBuilder().path("api/v1/documents").path(accepted.id()).build())
                .build();
    }

    /** Keeps only the last path segment of a client-supplied file name. */
    private static String clean(String filename) {
        if (filename == null || filename.isBlank()) {
            return null;
        }
        String last = filename.replace('\\', '/');
        last = last.substring(last.lastIndexOf('/') + 1).strip();
        return last.isEmpty() ? null : last.substring(0, Math.min(last.length(), 255));
    }
}
