package io.summittracker.ingest.extraction.summits;

import java.time.LocalDate;

/** A date or partial date found in the text; missing parts are null. */
public record DateMention(int start, int end, Integer year, Integer month, Integer day) {

    public boolean full() {
        return year != null && month != null && day != null;
    }

    /** The date when fully known (and valid), else null. */
    public LocalDate toDate() {
        if (!full()) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }
}
