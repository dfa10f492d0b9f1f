package io.summittracker.web.topic;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.summittracker.web.catalog.CatalogClient;
import io.summittracker.web.catalog.TopicMatrix;
import io.summittracker.web.catalog.TopicTracker;
import io.summittracker.web.summit.TopicStatements;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** The issue tracker: the topics × summits matrix, and one page per topic following it across summits. */
@Path("/topics")
@Produces(MediaType.TEXT_HTML)
public class TopicPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance matrix(TopicMatrix matrix);

        static native TemplateInstance topic(TopicTracker topic, List<TopicStatements.SpeakerStatements> speakers);
    }

    @Inject
    @RestClient
    CatalogClient catalog;

    @Inject
    MatrixCache matrixCache;

    private record RenderedMatrix(TopicMatrix source, String html) {
    }

    private volatile RenderedMatrix rendered;

    @GET
    public String matrix() {
        // The page only changes with the matrix, which is itself kept for a few seconds: render it once per matrix.
        TopicMatrix current = matrixCache.matrix();
        RenderedMatrix last = rendered;
        if (last != null && last.source() == current) {
            return last.html();
        }
        String html = Templates.matrix(current).render();
        rendered = new RenderedMatrix(current, html);
        return html;
    }

    @GET
    @Path("/{slug}")
    public TemplateInstance topic(@PathParam("slug") String slug) {
        TopicTracker topic = catalog.topic(slug);
        List<TopicStatements> grouped = TopicStatements.group(topic.statements() == null ? List.of()
                : topic.statements().stream().map(s -> s.withTopics(List.of(slug))).toList());
        return Templates.topic(topic, grouped.isEmpty() ? List.of() : grouped.get(0).speakers());
    }
}
