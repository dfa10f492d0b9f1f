package io.summittracker.web.catalog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.List;

/** Summits and dated documents in date order. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Timeline(List<Entry> items) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Entry(LocalDate date, String kind, String id, String title, String summitId, List<String> topics) {

        public boolean isSummit() {
            return "summit".equals(kind);
        }
    }
}
