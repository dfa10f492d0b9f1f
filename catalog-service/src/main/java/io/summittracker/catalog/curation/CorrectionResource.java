package io.summittracker.catalog.curation;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import java.util.Map;
import io.summittracker.catalog.api.SortOrder;
import io.summittracker.catalog.api.Lookup;
import io.summittracker.catalog.api.KeysetQuery;
import io.summittracker.catalog.api.Links;
import io.summittracker.catalog.api.Page;
import io.summittracker.catalog.problem.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/corrections")
@Tag(name = "curation", description = "Editors' corrections, audited; reading them is public")
@Produces(MediaType.APPLICATION_JSON)
public class CorrectionResource {

    @Inject
    CorrectionService corrections;
    @Inject
    EntityManager em;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("editor")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Correct the catalog (editors)", description = "merge-people, edit-role, outcome-status, retag or hide-statement; "
            + "kept as a correction that applies again after re-ingestion and re-extraction")
    @APIResponse(responseCode = "201", description = "Applied", content = @Content(schema = @Schema(implementation = CorrectionView.class)))
    @APIResponse(responseCode = "400", description = "Malformed correction", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "403", description = "Not an editor", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "Unknown target", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response submit(CorrectionRequest request, @Context SecurityContext security, @Context UriInfo uri) {
        Correction c = corrections.submit(request, security.getUserPrincipal().getName());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(c.id)).build()).entity(CorrectionView.of(c)).build();
    }

    static final Map<String, String> SORTS = Map.of("submitted", "lpad(CAST(id AS text), 19, '0')");

    @GET
    @Operation(summary = "The audit trail: every correction, newest first; cursor-paged")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = Page.class)))
    @APIResponse(responseCode = "400", description = "Bad sort, limit or cursor", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response list(@QueryParam("kind") String kind, @Parameter(description = "-submitted (default: newest first) or submitted", example = "submitted") @QueryParam("sort") String sort,
            @QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("50") int limit, @Context UriInfo uri) {
        Page<CorrectionView> page = new KeysetQuery("correction", SortOrder.parse(sort, "-submitted", SORTS), "CAST(id AS text)")
                .where("kind = ?", kind)
                .page(em, Correction.class, cursor, limit, CorrectionView::of);
        return Links.paged(page, uri);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One correction with its audit")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CorrectionView.class)))
    @APIResponse(responseCode = "404", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public CorrectionView get(@PathParam("id") long id) {
        Correction c = Lookup.found(Correction.findById(id), "correction", id);
        return CorrectionView.of(c);
    }
}
