package io.summittracker.web.topic;

import io.summittracker.web.catalog.CatalogClient;
import io.summittracker.web.catalog.TopicMatrix;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The topics × summits matrix, kept for a few seconds. It is the portal's most requested and most expensive
 * catalog call (every topic against every summit) and it only changes when an article arrives, so a view at
 * most {@code summit.web.matrix-cache} old is fine; under load this keeps the tracker page's p99 low
 * (docs/benchmarks.md). One request refreshes it at a time; the others keep the previous matrix meanwhile.
 */
@ApplicationScoped
public class MatrixCache {

    @Inject
    @RestClient
    CatalogClient catalog;

    @ConfigProperty(name = "summit.web.matrix-cache", defaultValue = "5s")
    Duration maxAge;

    private volatile TopicMatrix matrix;
    private volatile long fetchedAt;
    private final AtomicBoolean refreshing = new AtomicBoolean();

    public TopicMatrix matrix() {
        TopicMatrix current = matrix;
        if (current != null && !expired()) {
            return current;
        }
        // A stale matrix is served while another request refreshes it; with none yet, each request asks.
        if (current != null && !refreshing.compareAndSet(false, true)) {
            return current;
        }
        try {
            TopicMatrix fresh = catalog.topicMatrix();
            matrix = fresh;
            fetchedAt = System.nanoTime();
            return fresh;
        } finally {
            if (current != null) {
                refreshing.set(false);
            }
        }
    }

    private boolean expired() {
        return System.nanoTime() - fetchedAt > maxAge.toNanos();
    }
}
