package io.summittracker.catalog.topic;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Topics × summits: each cell the furthest status a topic reached at a summit; absent where it did not come up. */
public record TopicMatrix(List<Column> summits, List<Row> topics) {

    public record Column(String id, String name, LocalDate date) {
    }

    public record Row(String slug, String label, Map<String, String> cells) {
    }
}
