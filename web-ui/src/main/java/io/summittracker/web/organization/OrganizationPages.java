package io.summittracker.web.organization;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.summittracker.web.PageLinks;
import io.summittracker.web.catalog.CatalogClient;
import io.summittracker.web.catalog.OrganizationView;
import io.summittracker.web.catalog.Paged;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** Organisations (governments, parties, agencies, media) and who and what is linked to each. */
@Path("/organizations")
@Produces(MediaType.TEXT_HTML)
public class OrganizationPages {

    static final int PAGE_SIZE = 100;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance organizations(Paged<OrganizationView> organizations, PageLinks pages);

        static native TemplateInstance organization(OrganizationView organization);
    }

    @Inject
    @RestClient
    CatalogClient catalog;

    @GET
    public TemplateInstance list(@QueryParam("cursor") String cursor) {
        String from = PageLinks.cursor(cursor);
        Paged<OrganizationView> page = PageLinks.fetch(from, () -> catalog.organizations(from, PAGE_SIZE));
        return Templates.organizations(page, PageLinks.of("/organizations", from, page.next()));
    }

    @GET
    @Path("/{id}")
    public TemplateInstance show(@PathParam("id") String id) {
        return Templates.organization(catalog.organization(id));
    }
}
