package io.summittracker.catalog.organization;

import io.quarkus.panache.common.Sort;
import io.summittracker.catalog.problem.Problem;
import io.summittracker.catalog.problem.ProblemException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/organizations")
@Tag(name = "organizations", description = "Organisations named in the documents")
@Produces(MediaType.APPLICATION_JSON)
public class OrganizationResource {

    /** An organisation as the API shows it. */
    public record OrganizationView(String id, String name, String kind) {
        static OrganizationView of(Organization o) {
            return new OrganizationView(o.id, o.name, o.kind);
        }
    }

    @GET
    @Operation(summary = "Organisations by name")
    public List<OrganizationView> list() {
        return Organization.<Organization>findAll(Sort.ascending("name")).list().stream().map(OrganizationView::of).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One organisation")
    @APIResponse(responseCode = "404", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public OrganizationView get(@PathParam("id") String id) {
        Organization o = Organization.findById(id);
        if (o == null) {
            throw new ProblemException(404, "Not found", "No organisation " + id + ".");
        }
        return OrganizationView.of(o);
    }
}
