package io.summittracker.events;

import io.summittracker.events.extraction.Extraction;

/**
 * Data of the {@value DocumentEvents#INGESTED_TYPE} event: the verbatim text of a document and everything
 * extracted from it. Every span in {@code extraction} is a pair of offsets into {@code text}.
 */
public record DocumentIngested(DocumentSource source, String text, Extraction extraction) {
}
