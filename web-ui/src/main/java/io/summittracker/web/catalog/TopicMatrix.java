package io.summittracker.web.catalog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Topics × summits: the furthest status each topic reached at each summit (absent: not raised there). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TopicMatrix(List<Summit> summits, List<Row> topics) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Summit(String id, String name, LocalDate date) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Row(String slug, String label, Map<String, String> cells) {
    }
}
