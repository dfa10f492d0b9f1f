package io.summittracker.catalog.ingest;

import io.smallrye.common.annotation.Blocking;
import io.summittracker.events.CloudEvent;
import io.summittracker.events.DocumentEvents;
import io.summittracker.events.DocumentIngested;
import io.summittracker.events.InvalidEventException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLTransientException;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.hibernate.exception.JDBCConnectionException;
import org.jboss.logging.Logger;

/**
 * Consumes document events. An event that cannot be read or applied is refused, and the connector sends it
 * to the dead-letter topic with the reason; while the database is unreachable it waits and retries instead,
 * since then no event could be applied and none must be lost.
 */
@ApplicationScoped
public class DocumentEventConsumer {

    private static final Logger LOG = Logger.getLogger(DocumentEventConsumer.class);
    private static final int ATTEMPTS_FOR_OTHER_FAILURES = 3;

    @Inject
    DocumentEventApplier applier;

    @Incoming("documents-in")
    @Blocking
    public void consume(String json) throws InvalidEventException, InterruptedException {
        CloudEvent<DocumentIngested> event = DocumentEvents.parseIngested(json);
        int failures = 0;
        long backoffMillis = 200;
        while (true) {
            try {
                boolean applied = applier.apply(event);
                LOG.debugf("%s event %s", applied ? "Applied" : "Skipped duplicate", event.id());
                return;
            } catch (RuntimeException e) {
                if (isTransient(e)) {
                    LOG.warnf("Database unavailable while applying %s; retrying in %d ms", event.id(), backoffMillis);
                } else if (++failures >= ATTEMPTS_FOR_OTHER_FAILURES) {
                    throw e;
                }
                Thread.sleep(backoffMillis);
                backoffMillis = Math.min(backoffMillis * 2, 10_000);
            }
        }
    }

    private static boolean isTransient(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JDBCConnectionException || t instanceof SQLTransientException
                    || t instanceof java.net.ConnectException
                    || t instanceof java.sql.SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
        }
        return false;
    }
}
