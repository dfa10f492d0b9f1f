package io.summittracker.catalog.timeline;

import java.time.LocalDate;
import java.util.List;

/**
 * A dated entry: a summit (with its agenda topics); an outcome reached or missed there (dated by its summit,
 * with its {@code status}); an event a document reports (a discussion, a meeting, a signing …: its
 * {@code category}, and the summit it happened at if any); or a document (dated by its publication).
 * {@code documentId} is the source of an outcome or an event (and the document itself); fields that do not
 * apply to a kind are null.
 */
public record TimelineEntry(LocalDate date, String kind, String id, String title, String summitId, List<String> topics,
        String status, String category, String documentId) {

    public static final String SUMMIT = "summit";
    public static final String OUTCOME = "outcome";
    public static final String EVENT = "event";
    public static final String DOCUMENT = "document";

    /** Summits first on a shared date, then what happened there, then the documents about it. */
    int kindOrder() {
        return switch (kind) {
            case SUMMIT -> 0;
            case OUTCOME -> 1;
            case EVENT -> 2;
            default -> 3;
        };
    }
}
