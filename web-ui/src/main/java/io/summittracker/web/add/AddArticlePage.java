package io.summittracker.web.add;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.summittracker.web.catalog.CatalogClient;
import io.summittracker.web.catalog.DocumentView;
import io.summittracker.web.ingest.IngestClient;
import io.summittracker.web.ingest.IngestReceipt;
import io.summittracker.web.ingest.IngestRejected;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.regex.Pattern;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.client.api.ClientMultipartForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * Add an article: paste text or upload a file; the portal hands it to the ingest service and follows it
 * until it is in the catalog. Works without JavaScript (the progress page refreshes itself); with it, the
 * progress updates in place (js/add.js polls the status below).
 */
@Path("/add")
public class AddArticlePage {

    private static final Logger LOG = Logger.getLogger(AddArticlePage.class);
    /** Ingest ids are hex digests; anything else in the URL is not ours to look up. */
    private static final Pattern ID = Pattern.compile("[0-9a-f]{8,64}");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(String text, String error);

        static native TemplateInstance progress(Progress progress);
    }

    @Inject
    @RestClient
    IngestClient ingest;

    @Inject
    @RestClient
    CatalogClient catalog;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance form() {
        return Templates.form("", null);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_HTML)
    public Response submit(@RestForm("text") String text, @RestForm("file") FileUpload file) {
        boolean hasFile = file != null && file.size() > 0 && file.fileName() != null && !file.fileName().isBlank();
        boolean hasText = text != null && !text.isBlank();
        if (hasFile == hasText) {
            return rejected(400, text, hasFile
                    ? "Please either paste a text or choose a file, not both."
                    : "Please paste the article's text or choose a file to upload.");
        }
        ClientMultipartForm form = ClientMultipartForm.create();
        if (hasFile) {
            form.binaryFileUpload("file", file.fileName(), file.uploadedFile().toString(),
                    file.contentType() != null ? file.contentType() : MediaType.APPLICATION_OCTET_STREAM);
        } else {
            form.attribute("text", text, null);
        }
        try {
            IngestReceipt receipt = ingest.submit(form);
            return Response.seeOther(URI.create("/add/" + receipt.id())).build();
        } catch (IngestRejected e) {
            return rejected(e.status(), text, e.getMessage());
        } catch (ProcessingException | WebApplicationException e) {
            LOG.warn("Ingest service failed: " + e.getMessage());
            return rejected(503, text, "The ingest service cannot take articles right now. Please try again in a moment.");
        }
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance progress(@PathParam("id") String id) {
        return Templates.progress(progressOf(id));
    }

    /** The same, as JSON, for the page's script. */
    @GET
    @Path("/{id}/status")
    @Produces(MediaType.APPLICATION_JSON)
    public Progress status(@PathParam("id") String id) {
        return progressOf(id);
    }

    private Progress progressOf(String id) {
        if (!ID.matcher(id).matches()) {
            throw new jakarta.ws.rs.NotFoundException();
        }
        DocumentView inCatalog = catalogDocument(id);
        if (inCatalog != null) {
            return Progress.inCatalog(id, inCatalog.displayTitle());
        }
        try {
            return Progress.of(id, ingest.state(id).state());
        } catch (IngestRejected e) {
            throw new jakarta.ws.rs.NotFoundException();
        } catch (ProcessingException | WebApplicationException e) {
            return Progress.of(id, "unknown");
        }
    }

    private DocumentView catalogDocument(String id) {
        try {
            return catalog.document(id);
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                return null;
            }
            throw e;
        } catch (ProcessingException e) {
            return null;
        }
    }

    private static Response rejected(int status, String text, String message) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.form(text == null ? "" : text, message).render()).build();
    }
}
