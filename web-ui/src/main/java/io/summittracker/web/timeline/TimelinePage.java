package io.summittracker.web.timeline;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.summittracker.web.catalog.CatalogClient;
import io.summittracker.web.catalog.Timeline;
import io.summittracker.web.catalog.TopicSummary;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;

@Path("/timeline")
@Produces(MediaType.TEXT_HTML)
public class TimelinePage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance timeline(List<Decade> decades, List<TopicSummary> topics, String topic, String leader,
                long summits, long outcomes, long events, long documents);
    }

    @Inject
    @RestClient
    CatalogClient catalog;

    @GET
    public TemplateInstance show(@QueryParam("topic") String topic, @QueryParam("leader") String leader) {
        String topicFilter = blankToNull(topic);
        String leaderFilter = blankToNull(leader);
        List<Timeline.Entry> entries = catalog.timeline(topicFilter, leaderFilter).items();
        List<Timeline.Entry> dated = entries == null ? List.of() : entries.stream().filter(e -> e.date() != null).toList();
        return Templates.timeline(Decade.group(dated), catalog.topics(500).items(), topicFilter, leaderFilter,
                dated.stream().filter(Timeline.Entry::isSummit).count(), dated.stream().filter(Timeline.Entry::isOutcome).count(),
                dated.stream().filter(Timeline.Entry::isEvent).count(), dated.stream().filter(Timeline.Entry::isDocument).count());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
