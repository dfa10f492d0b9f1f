package io.summittracker.web.home;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.summittracker.web.catalog.CatalogClient;
import io.summittracker.web.catalog.DocumentList;
import io.summittracker.web.catalog.SummitView;
import io.summittracker.web.catalog.TopicSummary;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;

@Path("/")
@Produces(MediaType.TEXT_HTML)
public class HomePage {

    static final int RECENT_DOCUMENTS = 12;
    static final int BUSIEST_TOPICS = 8;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(DocumentList documents, List<SummitView> summits, List<TopicSummary> topics);
    }

    @Inject
    @RestClient
    CatalogClient catalog;

    @GET
    public TemplateInstance home() {
        List<SummitView> summits = catalog.summits(null, 500).items().stream()
                .sorted(Comparator.comparing(SummitView::date, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        List<TopicSummary> busiest = catalog.topics(500).items().stream()
                .filter(t -> t.documents() > 0)
                .sorted(Comparator.comparingLong(TopicSummary::documents).reversed())
                .limit(BUSIEST_TOPICS).toList();
        return Templates.home(catalog.documents(RECENT_DOCUMENTS), summits, busiest);
    }
}
