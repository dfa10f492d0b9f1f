package io.summittracker.ingest.extraction.text;

/** One non-empty line of the input; articles arrive as one paragraph per line. */
public record Paragraph(int index, int start, int end, String text) {
}
