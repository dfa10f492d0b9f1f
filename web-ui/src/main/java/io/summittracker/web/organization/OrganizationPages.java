package io.summittracker.web.organization;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.summittracker.web.catalog.CatalogClient;
import io.summittracker.web.catalog.OrganizationView;
import io.summittracker.web.catalog.Paged;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** Organisations (governments, parties, agencies, media) and who and what is linked to each. */
@Path("/organizations")
@Produces(MediaType.TEXT_HTML)
public class OrganizationPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance organizations(Paged<OrganizationView> organizations);

        static native TemplateInstance organization(OrganizationView organization);
    }

    @Inject
    @RestClient
    CatalogClient catalog;

    @GET
    public TemplateInstance list() {
        return Templates.organizations(catalog.organizations(500));
    }

    @GET
    @Path("/{id}")
    public TemplateInstance show(@PathParam("id") String id) {
        return Templates.organization(catalog.organization(id));
    }
}
