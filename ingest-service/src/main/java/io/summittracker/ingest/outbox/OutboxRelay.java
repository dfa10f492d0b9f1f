package io.summittracker.ingest.outbox;

import io.quarkus.scheduler.Scheduled;
import io.summittracker.ingest.IngestConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Synchronization;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.concurrent.locks.ReentrantLock;
import jakarta.annotation.PreDestroy;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jboss.logging.Logger;

/**
 * Drains the outbox: right after a document is committed, and on a timer for whatever a failed send left.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    @Inject
    IngestConfig config;
    @Inject
    OutboxPublisher publisher;
    @Inject
    TransactionSynchronizationRegistry transactions;
    private final ReentrantLock draining = new ReentrantLock();
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "outbox-relay");
        t.setDaemon(true);
        return t;
    });

    @PreDestroy
    void stop() {
        executor.shutdown();
    }

    @Scheduled(every = "${summit.ingest.outbox.interval:500ms}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onTimer() {
        drain();
    }

    /** Publishes pending events until none is left or Kafka stops acknowledging; one drain at a time. */
    public void drain() {
        if (!draining.tryLock()) {
            return;
        }
        try {
            int batch = config.outbox().batchSize();
            while (publisher.publishBatch(batch) == batch) {
                // a full batch: there may be more
            }
        } catch (RuntimeException e) {
            LOG.warn("Outbox drain interrupted, will retry: " + e.getMessage());
        } finally {
            draining.unlock();
        }
    }

    /** Asks for a drain as soon as the current transaction has committed its outbox rows. */
    public void wakeUpAfterCommit() {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    executor.execute(OutboxRelay.this::drain);
                }
            }
        });
    }
}
