package io.summittracker.catalog.curation;

import io.smallrye.common.annotation.Blocking;
import io.summittracker.events.CorrectionEvents;
import io.summittracker.events.InvalidEventException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Applies corrections from the log: those other replicas recorded, and all of them when an empty catalog
 * replays the log. The replica that recorded a correction has already applied it and skips its own event.
 * An unreadable event goes to the dead-letter topic with its reason.
 */
@ApplicationScoped
public class CorrectionEventConsumer {

    @Inject
    CorrectionService corrections;

    @Incoming("corrections-in")
    @Blocking
    public void consume(String json) throws InvalidEventException {
        corrections.applyFromLog(CorrectionEvents.parseSubmitted(json));
    }
}
