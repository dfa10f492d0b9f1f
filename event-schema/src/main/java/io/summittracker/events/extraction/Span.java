package io.summittracker.events.extraction;

/** A half-open range of character offsets into the stored document text, with the text it covers. */
public record Span(int start, int end, String text) {
}
