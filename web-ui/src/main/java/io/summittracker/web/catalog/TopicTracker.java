package io.summittracker.web.catalog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.List;

/** One issue followed across summits; the first statements inline, {@code statementsTotal} of them in all. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TopicTracker(String slug, String label, String description, String currentStatus,
        List<SummitStatus> summits, List<OutcomeView> outcomes, List<StatementView> statements, long statementsTotal,
        long documents) {

    /** Whether the catalog carried only the first statements inline (the rest page through /statements?topic=). */
    public boolean moreStatements() {
        return statements != null && statementsTotal > statements.size();
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SummitStatus(String id, String name, LocalDate date, String status, long outcomes, long statements) {
    }
}
