package io.summittracker.web.topic;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.summittracker.web.PageLinks;
import io.summittracker.web.catalog.CatalogClient;
import io.summittracker.web.catalog.Paged;
import io.summittracker.web.catalog.StatementView;
import io.summittracker.web.catalog.TopicMatrix;
import io.summittracker.web.catalog.TopicTracker;
import io.summittracker.web.curation.EditorSession;
import io.summittracker.web.summit.TopicStatements;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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

        static native TemplateInstance statements(TopicTracker topic, Paged<StatementView> statements,
                List<TopicStatements.SpeakerStatements> speakers, PageLinks pages, String self);
    }

    @Inject
    @RestClient
    CatalogClient catalog;

    @Inject
    MatrixCache matrixCache;

    @Inject
    EditorSession session;

    static final int STATEMENTS_PAGE_SIZE = 50;

    private record RenderedMatrix(TopicMatrix source, String html) {
    }

    private volatile RenderedMatrix rendered;

    @GET
    public String matrix() {
        // The page only changes with the matrix, which is itself kept for a few seconds: render it once per matrix.
        TopicMatrix current = matrixCache.matrix();
        if (session.signedIn() || session.flash() != null) {
            return Templates.matrix(current).render(); // this page is for one editor (form token, messages): not shared
        }
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
        return Templates.topic(topic, TopicStatements.bySpeaker(topic.statements()));
    }

    /** Every statement on a topic, a page at a time (the topic page carries the first ones only). */
    @GET
    @Path("/{slug}/statements")
    public TemplateInstance statements(@PathParam("slug") String slug, @QueryParam("cursor") String cursor) {
        TopicTracker topic = catalog.topic(slug);
        String from = PageLinks.cursor(cursor);
        Paged<StatementView> page = PageLinks.fetch(from, () -> catalog.statements(slug, "date", from, STATEMENTS_PAGE_SIZE));
        String base = "/topics/" + URLEncoder.encode(slug, StandardCharsets.UTF_8).replace("+", "%20") + "/statements";
        String self = from == null ? base : base + "?cursor=" + URLEncoder.encode(from, StandardCharsets.UTF_8);
        return Templates.statements(topic, page, TopicStatements.bySpeaker(page.items()), PageLinks.of(base, from, page.next()), self);
    }
}
