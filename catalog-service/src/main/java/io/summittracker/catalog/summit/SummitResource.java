package io.summittracker.catalog.summit;

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

@Path("/api/v1/summits")
@Tag(name = "summits", description = "Meetings of heads of state found in the documents")
@Produces(MediaType.APPLICATION_JSON)
public class SummitResource {

    @GET
    @Operation(summary = "Summits in date order")
    public List<SummitView> list() {
        return Summit.<Summit>findAll(Sort.ascending("startDate").and("id")).list().stream().map(SummitView::of).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One summit")
    @APIResponse(responseCode = "404", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public SummitView get(@PathParam("id") String id) {
        Summit s = Summit.findById(id);
        if (s == null) {
            throw new ProblemException(404, "Not found", "No summit " + id + ".");
        }
        return SummitView.of(s);
    }
}
