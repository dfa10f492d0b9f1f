package io.summittracker.web.search;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.summittracker.web.PageLinks;
import io.summittracker.web.catalog.CatalogClient;
import io.summittracker.web.catalog.SearchResults;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** Search across summits, people, organisations, statements, outcomes and documents, with facets. */
@Path("/search")
@Produces(MediaType.TEXT_HTML)
public class SearchPage {

    static final int PAGE_SIZE = 50;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance search(SearchQuery query, long total, List<SearchHit> hits, List<Facet> facets, PageLinks pages);
    }

    @Inject
    @RestClient
    CatalogClient catalog;

    @GET
    public TemplateInstance search(@QueryParam("q") String q, @QueryParam("type") String type,
            @QueryParam("topic") String topic, @QueryParam("year") String year, @QueryParam("cursor") String cursor) {
        SearchQuery query = new SearchQuery(q, type, topic, year);
        if (query.isEmpty()) {
            return Templates.search(query, 0, List.of(), List.of(), PageLinks.NONE);
        }
        String from = PageLinks.cursor(cursor);
        SearchResults results = PageLinks.fetch(from, () -> catalog.search(query.q(), query.type(), query.topic(), query.year(), from, PAGE_SIZE));
        List<SearchHit> hits = results.items() == null ? List.of() : results.items().stream().map(SearchHit::new).toList();
        // Facet links start a new search (no cursor); the page links keep the query and its filters.
        return Templates.search(query, results.total(), hits, Facet.of(results.facets(), query),
                PageLinks.of(query.href(), from, results.next()));
    }
}
