package io.summittracker.catalog.organization;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import java.util.Map;
import io.summittracker.catalog.api.SortOrder;
import io.summittracker.catalog.api.Lookup;
import io.summittracker.catalog.api.KeysetQuery;
import io.summittracker.catalog.api.Links;
import io.summittracker.catalog.api.Page;
import io.summittracker.catalog.document.Document;
import io.summittracker.catalog.document.DocumentSummary;
import io.summittracker.catalog.problem.Problem;
import io.summittracker.catalog.export.JsonLd;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/organizations")
@Tag(name = "organizations", description = "Organisations named in the documents")
@Produces(MediaType.APPLICATION_JSON)
public class OrganizationResource {

    /** An organisation as lists show it. */
    public record OrganizationView(String id, String name, String kind) {
        static OrganizationView of(Organization o) {
            return new OrganizationView(o.id, o.name, o.kind);
        }
    }

    /** An organisation with the people whose roles name it and the documents that mention it. */
    public record OrganizationDetail(String id, String name, String kind, List<Member> people, List<DocumentSummary> documents) {
    }

    public record Member(String id, String name, String title) {
    }

    @Inject
    EntityManager em;

    static final Map<String, String> SORTS = Map.of("name", "lower(name)", "kind", "COALESCE(kind, '') || ' ' || lower(name)");

    @GET
    @Operation(summary = "Organisations by name, optionally of one kind; cursor-paged")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = Page.class)))
    @APIResponse(responseCode = "400", description = "Bad sort, limit or cursor", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response list(@QueryParam("kind") String kind, @Parameter(description = "name (default) or kind; -name for reverse order", example = "kind") @QueryParam("sort") String sort,
            @QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("100") int limit, @Context UriInfo uri) {
        Page<OrganizationView> page = new KeysetQuery("organization", SortOrder.parse(sort, "name", SORTS), "id")
                .where("kind = ?", kind)
                .page(em, Organization.class, cursor, limit, OrganizationView::of);
        return Links.paged(page, uri);
    }

    @GET
    @Path("/{id}")
    @Produces("application/ld+json")
    @Operation(summary = "One organisation as a schema.org Organization (JSON-LD)")
    public String jsonLd(@PathParam("id") String id, @Context UriInfo uri) {
        Organization o = Lookup.found(Organization.findById(id), "organisation", id);
        return JsonLd.write("organizations", OrganizationView.of(o), uri);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One organisation with its people and documents")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = OrganizationDetail.class)))
    @APIResponse(responseCode = "404", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @SuppressWarnings("unchecked")
    public OrganizationDetail get(@PathParam("id") String id) {
        Organization o = Lookup.found(Organization.findById(id), "organisation", id);
        List<Object[]> members = em.createNativeQuery("SELECT DISTINCT p.id, p.name, r.title FROM person_role r JOIN person p ON p.id = r.person_id "
                + "WHERE r.organization ILIKE ?1 ORDER BY p.name").setParameter(1, "%" + o.name.replace("%", "\\%") + "%").getResultList();
        List<Document> documents = em.createNativeQuery("SELECT d.* FROM document d JOIN document_organization x ON x.document_id = d.id "
                + "WHERE x.organization_id = ?1 ORDER BY d.received_at DESC", Document.class).setParameter(1, id).getResultList();
        return new OrganizationDetail(o.id, o.name, o.kind,
                members.stream().map(r -> new Member((String) r[0], (String) r[1], (String) r[2])).toList(),
                documents.stream().map(DocumentSummary::of).toList());
    }
}
