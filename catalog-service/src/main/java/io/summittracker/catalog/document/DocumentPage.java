package io.summittracker.catalog.document;

import java.util.List;

/** A page of documents and how many there are in all. */
public record DocumentPage(List<DocumentSummary> items, long total, int offset, int limit) {
}
