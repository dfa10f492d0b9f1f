package io.summittracker.web.catalog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.List;

/** A summit as lists show it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SummitView(String id, String name, String city, String country, LocalDate date, LocalDate end,
        List<String> leaders, boolean fromGazetteer) {

    public String place() {
        return Places.of(city, country);
    }
}
