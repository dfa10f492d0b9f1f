package io.summittracker.catalog.topic;

import io.summittracker.catalog.problem.Problem;
import io.summittracker.catalog.problem.ProblemException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
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

@Path("/api/v1/topics")
@Tag(name = "topics", description = "The agenda topics (issue trackers)")
@Produces(MediaType.APPLICATION_JSON)
public class TopicResource {

    /** A topic with how many documents discuss it. */
    public record TopicView(String slug, String label, String description, long documents) {
    }

    @Inject
    EntityManager em;

    @GET
    @Operation(summary = "Topics, busiest first")
    @SuppressWarnings("unchecked")
    public List<TopicView> list() {
        List<Object[]> rows = em.createNativeQuery("SELECT t.slug, t.label, t.description, COUNT(dt.document_id) "
                + "FROM topic t LEFT JOIN document_topic dt ON dt.topic_slug = t.slug "
                + "GROUP BY t.slug, t.label, t.description ORDER BY COUNT(dt.document_id) DESC, t.slug").getResultList();
        return rows.stream().map(r -> new TopicView((String) r[0], (String) r[1], (String) r[2], ((Number) r[3]).longValue())).toList();
    }

    @GET
    @Path("/{slug}")
    @Operation(summary = "One topic")
    @APIResponse(responseCode = "404", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public TopicView get(@PathParam("slug") String slug) {
        return list().stream().filter(t -> t.slug().equals(slug)).findFirst()
                .orElseThrow(() -> new ProblemException(404, "Not found", "No topic " + slug + "."));
    }
}
