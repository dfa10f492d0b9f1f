package io.summittracker.catalog.topic;

import io.summittracker.catalog.outcome.OutcomeView;
import io.summittracker.catalog.statement.StatementView;
import java.time.LocalDate;
import java.util.List;

/**
 * An issue followed across summits: where it came up (in date order, with the furthest status it reached
 * there), its outcomes in date order, the first statements about it in date order (all of them page through
 * {@code /api/v1/statements?topic=}; {@code statementsTotal} counts them), and its current status (at the latest summit).
 */
public record TopicTracker(String slug, String label, String description, String currentStatus,
        List<SummitStatus> summits, List<OutcomeView> outcomes, List<StatementView> statements, long statementsTotal,
        long documents) {

    /** Statements carried inline; enough to read an issue, small enough to serve fast. */
    public static final int INLINE_STATEMENTS = 50;

    public record SummitStatus(String id, String name, LocalDate date, String status, long outcomes, long statements) {
    }
}
