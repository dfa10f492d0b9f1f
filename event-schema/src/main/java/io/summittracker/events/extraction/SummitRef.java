package io.summittracker.events.extraction;

import java.util.List;

/** A meeting of heads of state the document is about or mentions; {@code id} is a stable key such as "helsinki-2018". */
public record SummitRef(String id, String name, String city, String country, String date, String end,
        List<String> leaders, boolean fromGazetteer, List<Span> mentions, double confidence, String rule) {
}
