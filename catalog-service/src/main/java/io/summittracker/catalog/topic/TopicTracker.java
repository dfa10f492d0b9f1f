package io.summittracker.catalog.topic;

import io.summittracker.catalog.outcome.OutcomeView;
import io.summittracker.catalog.statement.StatementView;
import java.time.LocalDate;
import java.util.List;

/**
 * An issue followed across summits: where it came up (in date order, with the furthest status it reached
 * there), its outcomes in date order, what people said about it, and its current status (at the latest summit).
 */
public record TopicTracker(String slug, String label, String description, String currentStatus,
        List<SummitStatus> summits, List<OutcomeView> outcomes, List<StatementView> statements, long documents) {

    public record SummitStatus(String id, String name, LocalDate date, String status, long outcomes, long statements) {
    }
}
