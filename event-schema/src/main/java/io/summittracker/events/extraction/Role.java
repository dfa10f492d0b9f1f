package io.summittracker.events.extraction;

/** A position a person holds or held; {@code period} is free text such as "1998-2004". */
public record Role(String title, String organization, boolean former, String period, Span evidence,
        double confidence, String rule) {
}
