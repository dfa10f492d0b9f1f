package io.summittracker.ingest.format;

/** The text of a document, and the title its format declares (HTML title, PDF metadata), if any. */
public record ConvertedText(String text, String declaredTitle) {
}
