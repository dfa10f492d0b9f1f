package io.summittracker.catalog.summit;

import java.time.LocalDate;
import java.util.List;

/** A summit as the API shows it. */
public record SummitView(String id, String name, String city, String country, LocalDate date, LocalDate end,
        List<String> leaders, boolean fromGazetteer) {

    public static SummitView of(Summit s) {
        return new SummitView(s.id, s.name, s.city, s.country, s.startDate, s.endDate, s.leaders, s.fromGazetteer);
    }
}
