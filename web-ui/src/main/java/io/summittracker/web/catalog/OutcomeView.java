package io.summittracker.web.catalog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.List;

/** What a summit reached on an issue, with its evidence; {@code curated} when an editor corrected it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OutcomeView(String id, String documentId, String summitId, String summitName, LocalDate summitDate,
        String text, String status, List<String> topics, Evidence evidence, double confidence, String rule,
        boolean curated) {

    public String statusLabel() {
        return IssueStatus.label(status);
    }
}
