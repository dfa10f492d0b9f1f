package io.summittracker.ingest.extraction.summits;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds full and partial dates ("16 June", "July 16, 2018", "2018-07-16", "1985") in text. */
public final class DateFinder {
    private static final String MONTH = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    private static final Pattern DAY_MONTH = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + "(?:,?\\s+(\\d{4}))?\\b");
    private static final Pattern MONTH_DAY = Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?\\b");
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    private static final Pattern NUMERIC = Pattern.compile("\\b(\\d{1,2})[./](\\d{1,2})[./](\\d{4})\\b");
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b" + MONTH + "\\s+(\\d{4})\\b");
    private static final Pattern YEAR = Pattern.compile("(?<![\\d/.-])(19[4-9]\\d|20[0-4]\\d)(?![\\d/-])");

    private DateFinder() {
    }

    public static List<DateMention> find(String text, int from, int to) {
        String s = text.substring(from, to);
        List<DateMention> out = new ArrayList<>();
        boolean[] used = new boolean[s.length()];
        Matcher m = ISO.matcher(s);
        while (m.find()) {
            add(out, used, from, m, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        }
        m = NUMERIC.matcher(s);
        while (m.find()) {
            add(out, used, from, m, Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
        }
        m = DAY_MONTH.matcher(s);
        while (m.find()) {
            add(out, used, from, m, m.group(3) == null ? null : Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1)));
        }
        m = MONTH_DAY.matcher(s);
        while (m.find()) {
            add(out, used, from, m, m.group(3) == null ? null : Integer.parseInt(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2)));
        }
        m = MONTH_YEAR.matcher(s);
        while (m.find()) {
            add(out, used, from, m, Integer.parseInt(m.group(2)), month(m.group(1)), null);
        }
        m = YEAR.matcher(s);
        while (m.find()) {
            add(out, used, from, m, Integer.parseInt(m.group(1)), null, null);
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    private static void add(List<DateMention> out, boolean[] used, int offset, Matcher m, Integer y, Integer mo, Integer d) {
        for (int i = m.start(); i < m.end(); i++) {
            if (used[i]) {
                return;
            }
        }
        if (d != null && (d < 1 || d > 31) || mo != null && (mo < 1 || mo > 12)) {
            return;
        }
        for (int i = m.start(); i < m.end(); i++) {
            used[i] = true;
        }
        out.add(new DateMention(offset + m.start(), offset + m.end(), y, mo, d));
    }

    static Integer month(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        String[] months = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
        for (int i = 0; i < months.length; i++) {
            if (n.startsWith(months[i])) {
                return i + 1;
            }
        }
        return null;
    }
}
