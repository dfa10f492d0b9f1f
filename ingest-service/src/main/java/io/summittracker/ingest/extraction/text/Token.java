package io.summittracker.ingest.extraction.text;

/** A token with its character offsets into the document text. */
public record Token(int start, int end, String text) {

    /** Starts with an upper-case letter (names, titles, organisations). */
    public boolean capitalised() {
        return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
    }
}
