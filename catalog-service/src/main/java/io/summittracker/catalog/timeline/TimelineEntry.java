package io.summittracker.catalog.timeline;

import java.time.LocalDate;
import java.util.List;

/**
 * A dated entry: a summit (with its agenda topics), an outcome reached or discussed there (dated by its summit,
 * with its status; null for the other kinds), or a document (dated by its publication).
 */
public record TimelineEntry(LocalDate date, String kind, String id, String title, String summitId, List<String> topics,
        String status) {

    public static final String SUMMIT = "summit";
    public static final String OUTCOME = "outcome";
    public static final String DOCUMENT = "document";

    /** Summits first on a shared date, then what happened there, then the documents about it. */
    int kindOrder() {
        return switch (kind) {
            case SUMMIT -> 0;
            case OUTCOME -> 1;
            default -> 2;
        };
    }
}
