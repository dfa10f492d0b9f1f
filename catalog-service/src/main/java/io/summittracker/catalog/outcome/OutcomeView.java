package io.summittracker.catalog.outcome;

import io.summittracker.catalog.statement.StatementView.Evidence;
import java.time.LocalDate;
import java.util.List;

/** An outcome with its summit (and the summit's date, for ordering across summits) and its evidence. */
public record OutcomeView(String id, String documentId, String summitId, String summitName, LocalDate summitDate,
        String text, String status, List<String> topics, Evidence evidence, Float confidence, String rule, boolean curated) {
}
