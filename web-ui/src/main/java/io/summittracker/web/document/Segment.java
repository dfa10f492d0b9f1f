package io.summittracker.web.document;

/** A run of the document text: plain, or the highlighted span of a fact. */
public record Segment(String text, Fact fact) {

    public boolean highlighted() {
        return fact != null;
    }
}
