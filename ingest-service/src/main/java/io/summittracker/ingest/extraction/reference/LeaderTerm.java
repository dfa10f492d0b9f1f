package io.summittracker.ingest.extraction.reference;

import java.time.LocalDate;
import java.util.List;

/** A head of state or government in office for a period; {@code to} is null while in office. */
public record LeaderTerm(String name, List<String> aliases, String country, String title, LocalDate from, LocalDate to) {

    /** True when the term covers the day, or when no day is known. */
    public boolean covers(LocalDate day) {
        return day == null || (!day.isBefore(from) && (to == null || !day.isAfter(to)));
    }

    /** True when the term overlaps the year. */
    public boolean coversYear(int year) {
        return from.getYear() <= year && (to == null || to.getYear() >= year);
    }

    public String surname() {
        String[] parts = name.split(" ");
        return parts[parts.length - 1];
    }
}
