package io.summittracker.web.catalog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.List;

/** Summits, the outcomes reached there (dated by their summit) and dated documents, in date order. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Timeline(List<Entry> items) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Entry(LocalDate date, String kind, String id, String title, String summitId, List<String> topics, String status) {

        public boolean isSummit() {
            return "summit".equals(kind);
        }

        public boolean isOutcome() {
            return "outcome".equals(kind);
        }

        /** Documents, and any kind a newer catalog adds, are shown as documents are: a dated link. */
        public boolean isDocument() {
            return !isSummit() && !isOutcome();
        }
    }
}
