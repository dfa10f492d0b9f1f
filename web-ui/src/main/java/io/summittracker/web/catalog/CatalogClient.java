package io.summittracker.web.catalog;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The catalog API, as the portal reads it. */
@RegisterRestClient(configKey = "catalog")
@Path("/api/v1")
public interface CatalogClient {

    @GET
    @Path("/documents")
    DocumentList documents(@QueryParam("limit") int limit);

    @GET
    @Path("/documents/{id}")
    DocumentView document(@PathParam("id") String id);
}
