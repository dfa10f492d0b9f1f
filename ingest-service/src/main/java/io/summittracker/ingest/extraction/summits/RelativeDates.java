package io.summittracker.ingest.extraction.summits;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Resolves "yesterday", "last week", "on Monday", "16 June" against the publication date (or another anchor). */
public final class RelativeDates {
    private static final Pattern RELATIVE = Pattern.compile("(?i)\\b(yesterday|today|tonight|last week|this week|last month|earlier this month|on (monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(monday|tuesday|wednesday|thursday|friday|saturday|sunday)'s)\\b");

    private RelativeDates() {
    }

    /** The first relative date expression in the text resolved against the anchor, or null. */
    public static LocalDate resolve(String text, LocalDate anchor) {
        if (anchor == null) {
            return null;
        }
        Matcher m = RELATIVE.matcher(text);
        if (!m.find()) {
            return null;
        }
        String g = m.group(1).toLowerCase(Locale.ROOT);
        if (g.equals("yesterday")) {
            return anchor.minusDays(1);
        }
        if (g.equals("today") || g.equals("tonight") || g.equals("this week")) {
            return anchor;
        }
        if (g.equals("last week")) {
            return anchor.minusDays(7);
        }
        if (g.equals("last month") || g.equals("earlier this month")) {
            return anchor.minusDays(g.equals("last month") ? 30 : 10);
        }
        String day = m.group(2) != null ? m.group(2) : m.group(3);
        DayOfWeek dow = DayOfWeek.valueOf(day.toUpperCase(Locale.ROOT));
        LocalDate d = anchor.minusDays(1);
        while (d.getDayOfWeek() != dow) {
            d = d.minusDays(1);
        }
        return d;
    }

    /** A day and month with no year, placed in the anchor's year (or the previous year if that would be in the future). */
    public static LocalDate complete(DateMention m, LocalDate anchor, Integer fallbackYear) {
        if (m.full()) {
            return m.toDate();
        }
        if (m.month() == null || m.day() == null) {
            return null;
        }
        Integer year = anchor != null ? Integer.valueOf(anchor.getYear()) : fallbackYear;
        if (year == null) {
            return null;
        }
        try {
            LocalDate d = LocalDate.of(year, m.month(), m.day());
            if (anchor != null && d.isAfter(anchor.plusDays(7))) {
                d = d.minusYears(1);
            }
            return d;
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }
}
