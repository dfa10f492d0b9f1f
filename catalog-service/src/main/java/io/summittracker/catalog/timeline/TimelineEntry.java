package io.summittracker.catalog.timeline;

import java.time.LocalDate;
import java.util.List;

/** A dated entry: a summit, or a document (dated by its publication). */
public record TimelineEntry(LocalDate date, String kind, String id, String title, String summitId, List<String> topics) {
}
