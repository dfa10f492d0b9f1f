package io.summittracker.catalog.summit;

import io.summittracker.catalog.document.DocumentSummary;
import io.summittracker.catalog.outcome.OutcomeView;
import io.summittracker.catalog.statement.StatementView;
import java.time.LocalDate;
import java.util.List;

/** A summit with everything the catalog knows about it. */
public record SummitDetail(String id, String name, String city, String country, LocalDate date, LocalDate end,
        List<String> leaders, boolean fromGazetteer, List<Participant> participants, List<String> topics,
        List<OutcomeView> outcomes, List<StatementView> statements, List<DocumentSummary> documents) {

    /** Someone whose statements about the summit the documents report. */
    public record Participant(String id, String name, long statements) {
    }
}
