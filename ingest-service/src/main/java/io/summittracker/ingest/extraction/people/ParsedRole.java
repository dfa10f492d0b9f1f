package io.summittracker.ingest.extraction.people;

/** A role read from text: title, organisation text (with offsets, -1 when it is only a country), former flag and period. */
public record ParsedRole(String title, String organization, int orgStart, int orgEnd, boolean former, String period,
                         int start, int end) {
}
