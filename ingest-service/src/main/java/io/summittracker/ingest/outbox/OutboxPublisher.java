package io.summittracker.ingest.outbox;

import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.summittracker.ingest.document.DocumentState;
import io.summittracker.ingest.document.IngestedDocument;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Publishes a batch of outbox events and marks each one sent only once Kafka has acknowledged it. A crash
 * between the two sends the event again later; consumers drop such duplicates by event id.
 */
@ApplicationScoped
public class OutboxPublisher {

    private static final Logger LOG = Logger.getLogger(OutboxPublisher.class);
    private static final Duration ACK_TIMEOUT = Duration.ofSeconds(60);

    @Inject
    EntityManager em;
    @Inject
    @Channel("documents-out")
    MutinyEmitter<String> emitter;

    /** Publishes up to {@code limit} unsent events in order; returns how many were published. */
    @Transactional
    @SuppressWarnings("unchecked")
    public int publishBatch(int limit) {
        // SKIP LOCKED lets several replicas of the service share the outbox without sending an event twice.
        List<OutboxEvent> batch = em.createNativeQuery(
                "SELECT * FROM outbox_event WHERE sent_at IS NULL ORDER BY id LIMIT ?1 FOR UPDATE SKIP LOCKED",
                OutboxEvent.class).setParameter(1, limit).getResultList();
        int published = 0;
        for (OutboxEvent event : batch) {
            try {
                emitter.sendMessage(Message.of(event.payload).addMetadata(
                        OutgoingKafkaRecordMetadata.<String>builder().withKey(event.documentId).build()))
                        .await().atMost(ACK_TIMEOUT);
            } catch (RuntimeException e) {
                event.attempts++;
                event.lastError = String.valueOf(e.getMessage());
                LOG.warnf("Event %s not acknowledged (attempt %d), will retry: %s", event.eventId, event.attempts, e.getMessage());
                break;
            }
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            event.sentAt = now;
            IngestedDocument.update("state = ?1, publishedAt = ?2 where id = ?3", DocumentState.PUBLISHED, now, event.documentId);
            published++;
        }
        return published;
    }

    /** How many events still wait for Kafka. */
    public long pending() {
        return OutboxEvent.count("sentAt is null");
    }
}
