package io.summittracker.web.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One facet (type, topic, year) with its values, their counts, and the link that toggles each. */
public record Facet(String name, String label, List<Value> values) {

    public record Value(String value, long count, boolean selected, String href) {
    }

    private static final List<String> ORDER = List.of("type", "topic", "year");

    static List<Facet> of(Map<String, Map<String, Long>> facets, SearchQuery query) {
        List<Facet> result = new ArrayList<>();
        if (facets == null) {
            return result;
        }
        for (String name : ORDER) {
            Map<String, Long> counts = facets.get(name);
            if (counts == null || counts.isEmpty()) {
                continue;
            }
            List<Value> values = new ArrayList<>();
            counts.entrySet().stream()
                    .sorted(name.equals("year") ? Map.Entry.<String, Long>comparingByKey().reversed()
                            : Map.Entry.<String, Long>comparingByValue().reversed())
                    .forEach(e -> {
                        boolean selected = e.getKey().equals(query.value(name));
                        values.add(new Value(e.getKey(), e.getValue(), selected,
                                query.with(name, selected ? null : e.getKey()).href()));
                    });
            result.add(new Facet(name, switch (name) {
                case "type" -> "Kind";
                case "topic" -> "Topic";
                default -> "Year";
            }, values));
        }
        return result;
    }
}
