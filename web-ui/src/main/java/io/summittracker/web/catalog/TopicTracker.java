package io.summittracker.web.catalog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.List;

/** One issue followed across summits. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TopicTracker(String slug, String label, String description, String currentStatus,
        List<SummitStatus> summits, List<OutcomeView> outcomes, List<StatementView> statements, long documents) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SummitStatus(String id, String name, LocalDate date, String status, long outcomes, long statements) {
    }
}
