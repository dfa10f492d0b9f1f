package io.summittracker.web.summit;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.summittracker.web.PageLinks;
import io.summittracker.web.catalog.CatalogClient;
import io.summittracker.web.catalog.Paged;
import io.summittracker.web.catalog.SummitDetail;
import io.summittracker.web.catalog.SummitView;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;

@Path("/summits")
@Produces(MediaType.TEXT_HTML)
public class SummitPage {

    static final int PAGE_SIZE = 100;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance summit(SummitDetail summit, List<TopicStatements> statementsByTopic);

        static native TemplateInstance summits(List<SummitView> summits, long total, PageLinks pages);
    }

    @Inject
    @RestClient
    CatalogClient catalog;

    @GET
    public TemplateInstance list(@QueryParam("cursor") String cursor) {
        String from = PageLinks.cursor(cursor);
        Paged<SummitView> page = PageLinks.fetch(from, () -> catalog.summits(from, PAGE_SIZE));
        return Templates.summits(page.items().stream()
                .sorted(Comparator.comparing(SummitView::date, Comparator.nullsLast(Comparator.naturalOrder()))).toList(),
                page.total(), PageLinks.of("/summits", from, page.next()));
    }

    @GET
    @Path("/{id}")
    public TemplateInstance show(@PathParam("id") String id) {
        SummitDetail summit = catalog.summit(id);
        return Templates.summit(summit, TopicStatements.group(summit.statements()));
    }
}
