package io.summittracker.web.document;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.summittracker.web.catalog.CatalogClient;
import io.summittracker.web.catalog.DocumentView;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RestClient;

@Path("/documents")
@Produces(MediaType.TEXT_HTML)
public class DocumentPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance document(DocumentView document);
    }

    @Inject
    @RestClient
    CatalogClient catalog;

    @GET
    @Path("/{id}")
    public TemplateInstance show(@PathParam("id") String id) {
        return Templates.document(catalog.document(id));
    }
}
