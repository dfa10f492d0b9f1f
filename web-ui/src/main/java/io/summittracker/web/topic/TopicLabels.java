package io.summittracker.web.topic;

import io.quarkus.arc.Arc;
import io.quarkus.arc.Unremovable;
import io.quarkus.qute.TemplateExtension;
import io.summittracker.web.catalog.CatalogClient;
import io.summittracker.web.catalog.TopicSummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * The taxonomy's labels, so pages say "Arms control &amp; strategic stability" rather than "arms-control".
 * The taxonomy rarely changes: it is read from the catalog once a minute at most; when the catalog cannot be
 * reached the slug itself is shown.
 */
@ApplicationScoped
@Unremovable
public class TopicLabels {

    private static final Logger LOG = Logger.getLogger(TopicLabels.class);
    private static final long MAX_AGE_NANOS = 60_000_000_000L;

    @Inject
    @RestClient
    CatalogClient catalog;

    private volatile Map<String, String> labels = Map.of();
    private volatile long fetchedAt;

    public String label(String slug) {
        if (slug == null) {
            return "";
        }
        if (labels.isEmpty() || System.nanoTime() - fetchedAt > MAX_AGE_NANOS) {
            refresh();
        }
        return labels.getOrDefault(slug, slug);
    }

    private synchronized void refresh() {
        if (!labels.isEmpty() && System.nanoTime() - fetchedAt <= MAX_AGE_NANOS) {
            return;
        }
        try {
            labels = catalog.topics(500).items().stream()
                    .collect(Collectors.toUnmodifiableMap(TopicSummary::slug, t -> t.label() == null ? t.slug() : t.label(), (a, b) -> a));
        } catch (RuntimeException e) {
            LOG.debug("Topic labels unavailable, showing slugs: " + e.getMessage());
        }
        fetchedAt = System.nanoTime();
    }

    /** {@code {topic:label(slug)}} in templates. */
    @TemplateExtension(namespace = "topic")
    static String label(Object slug) {
        return Arc.container().instance(TopicLabels.class).get().label(slug == null ? null : slug.toString());
    }
}
