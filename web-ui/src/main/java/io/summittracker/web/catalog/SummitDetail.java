package io.summittracker.web.catalog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.List;

/** A summit with everything the catalog knows about it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SummitDetail(String id, String name, String city, String country, LocalDate date, LocalDate end,
        List<String> leaders, boolean fromGazetteer, List<Participant> participants, List<String> topics,
        List<OutcomeView> outcomes, List<StatementView> statements, List<DocumentView> documents) {

    /** Someone whose statements about the summit the documents report. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Participant(String id, String name, long statements) {
    }

    public String place() {
        return Places.of(city, country);
    }
}
