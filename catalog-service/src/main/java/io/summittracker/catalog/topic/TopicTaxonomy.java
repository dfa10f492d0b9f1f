package io.summittracker.catalog.topic;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.summittracker.catalog.CatalogConfig;
import io.summittracker.events.DocumentEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/**
 * Loads the topic taxonomy into the catalog at start-up: the default one shipped with the event schema
 * ({@code /taxonomy/topics.json}), plus the topics of an optional file of the same shape that extends it.
 */
@ApplicationScoped
public class TopicTaxonomy {

    static final String DEFAULT = "/taxonomy/topics.json";

    @Inject
    EntityManager em;
    @Inject
    CatalogConfig config;

    void onStart(@Observes StartupEvent start) {
        QuarkusTransaction.requiringNew().run(() -> {
            try (InputStream in = TopicTaxonomy.class.getResourceAsStream(DEFAULT)) {
                load(DocumentEvents.mapper().readTree(in));
                if (config.taxonomyFile().isPresent()) {
                    load(DocumentEvents.mapper().readTree(Files.readString(config.taxonomyFile().get())));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Topic taxonomy unreadable", e);
            }
        });
    }

    private void load(JsonNode taxonomy) {
        for (JsonNode topic : taxonomy.path("topics")) {
            em.createNativeQuery("INSERT INTO topic (slug, label, description) VALUES (?1, ?2, ?3) "
                    + "ON CONFLICT (slug) DO UPDATE SET label = EXCLUDED.label, description = EXCLUDED.description")
                    .setParameter(1, topic.path("slug").asText())
                    .setParameter(2, topic.path("label").asText(topic.path("slug").asText()))
                    .setParameter(3, topic.path("description").asText(null))
                    .executeUpdate();
        }
    }

    /** Makes sure a slug an extractor used exists, even if no taxonomy file names it. */
    public void ensure(String slug) {
        em.createNativeQuery("INSERT INTO topic (slug, label) VALUES (?1, ?1) ON CONFLICT (slug) DO NOTHING")
                .setParameter(1, slug).executeUpdate();
    }
}
