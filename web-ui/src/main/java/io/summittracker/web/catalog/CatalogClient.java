package io.summittracker.web.catalog;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The catalog API, as the portal reads it. Null query parameters are left out of the request. Lists take the
 * {@code next} cursor of the previous page as {@code cursor} (null: the first page).
 */
@RegisterRestClient(configKey = "catalog")
@Path("/api/v1")
public interface CatalogClient {

    @GET
    @Path("/documents")
    DocumentList documents(@QueryParam("limit") int limit);

    @GET
    @Path("/documents/{id}")
    DocumentView document(@PathParam("id") String id);

    @GET
    @Path("/documents/{id}/extraction")
    Extraction extraction(@PathParam("id") String id);

    @GET
    @Path("/summits")
    Paged<SummitView> summits(@QueryParam("cursor") String cursor, @QueryParam("limit") int limit);

    @GET
    @Path("/summits/{id}")
    SummitDetail summit(@PathParam("id") String id);

    @GET
    @Path("/topics")
    Paged<TopicSummary> topics(@QueryParam("limit") int limit);

    @GET
    @Path("/topics/matrix")
    TopicMatrix topicMatrix();

    @GET
    @Path("/topics/{slug}")
    TopicTracker topic(@PathParam("slug") String slug);

    @GET
    @Path("/people")
    Paged<PersonView> people(@QueryParam("q") String query, @QueryParam("cursor") String cursor, @QueryParam("limit") int limit);

    @GET
    @Path("/people/{id}")
    PersonView person(@PathParam("id") String id);

    @GET
    @Path("/organizations")
    Paged<OrganizationView> organizations(@QueryParam("cursor") String cursor, @QueryParam("limit") int limit);

    @GET
    @Path("/organizations/{id}")
    OrganizationView organization(@PathParam("id") String id);

    @GET
    @Path("/timeline")
    Timeline timeline(@QueryParam("topic") String topic, @QueryParam("leader") String leader);

    @GET
    @Path("/search")
    SearchResults search(@QueryParam("q") String query, @QueryParam("type") String type,
            @QueryParam("topic") String topic, @QueryParam("year") String year, @QueryParam("cursor") String cursor,
            @QueryParam("limit") int limit);

    @GET
    @Path("/statements")
    Paged<StatementView> statements(@QueryParam("topic") String topic, @QueryParam("sort") String sort, @QueryParam("cursor") String cursor,
            @QueryParam("limit") int limit);
}
