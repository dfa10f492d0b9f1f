package io.summittracker.ingest.extraction.events;

import io.summittracker.events.extraction.EventRef;
import io.summittracker.events.extraction.Span;
import io.summittracker.events.extraction.SummitRef;
import io.summittracker.ingest.extraction.document.DocumentLayout;
import io.summittracker.ingest.extraction.reference.EventCue;
import io.summittracker.ingest.extraction.reference.ReferenceData;
import io.summittracker.ingest.extraction.summits.DateFinder;
import io.summittracker.ingest.extraction.summits.DateMention;
import io.summittracker.ingest.extraction.summits.RelativeDates;
import io.summittracker.ingest.extraction.text.AnalyzedText;
import io.summittracker.ingest.extraction.text.Paragraph;
import io.summittracker.ingest.extraction.text.Sentence;
import io.summittracker.ingest.extraction.topics.TopicTagger;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dated happenings besides the summits: a sentence of the body that names a day (with or without its year)
 * and carries an event cue ({@code event-cues.tsv}: "held a discussion", "signed", "spoke by telephone" …).
 * The cue nearest to the day (in the same clause) gives the category. A day without a year takes it from the
 * first source that gives one: a full date right after it ("30 May to 3 June 1990"), a summit of the document
 * whose dates contain that day, the last year named with a month in an earlier sentence of the paragraph, the
 * publication date; with none, the sentence is left out rather than dated by a guess. A meeting within (or a few days off) a summit's dates
 * is that summit itself, already on the timeline, and is not repeated.
 */
public final class EventExtractor {

    /** Category of the cues that name a meeting of the leaders: inside a summit's dates, the summit itself. */
    static final String MEETING = "meeting";
    /** Category of the cues that rule a sentence out ("Posted 15 March 2024"): not a happening but the page's own date. */
    static final String NOT_AN_EVENT = "none";
    static final int MAX_CUE_DISTANCE = 100;
    static final int SUMMIT_SLACK_DAYS = 3;
    private static final Pattern CLAUSE_BREAK = Pattern.compile("(?i)\\b(?:which|until|since|before|after|expires?|expired|ends?|ended|due)\\b|[;:]");
    private static final int MAX_TEXT = 300;

    private final ReferenceData ref;
    private final TopicTagger topics;

    public EventExtractor(ReferenceData ref, TopicTagger topics) {
        this.ref = ref;
        this.topics = topics;
    }

    /** How the day was dated: its own year, a summit's, the paragraph's, or the publication's. */
    private record Dated(LocalDate date, SummitRef summit, String yearFrom, double confidence) {
    }

    public List<EventRef> extract(AnalyzedText doc, DocumentLayout layout, List<SummitRef> summits, LocalDate published) {
        String text = doc.text();
        List<EventRef> out = new ArrayList<>();
        for (Paragraph p : doc.paragraphs()) {
            if (!layout.isBody(p.index())) {
                continue;
            }
            Integer paragraphYear = null; // of the sentences before this one: a date in this one may be another happening
            for (Sentence s : doc.sentencesOf(p.index())) {
                List<DateMention> dates = DateFinder.find(text, s.start(), s.end());
                EventRef event = firstEvent(text, s, dates, summits, paragraphYear, published, out.size() + 1);
                if (event != null) {
                    out.add(event);
                }
                for (DateMention m : dates) {
                    if (m.year() != null && m.month() != null) {
                        paragraphYear = m.year();
                    }
                }
            }
        }
        return out;
    }

    /** The sentence's first day that has a cue close by in the same clause, as an event; null if none. */
    private EventRef firstEvent(String text, Sentence s, List<DateMention> dates, List<SummitRef> summits, Integer paragraphYear,
            LocalDate published, int number) {
        for (int i = 0; i < dates.size(); i++) {
            DateMention m = dates.get(i);
            if (m.month() == null || m.day() == null) {
                continue;
            }
            String category = nearestCue(text, s, m);
            if (category == null || NOT_AN_EVENT.equals(category)) {
                continue;
            }
            Dated dated = date(m, yearFollowing(dates, i), summits, paragraphYear, published);
            if (dated == null || MEETING.equals(category) && nearASummit(dated.date(), summits)) {
                continue;
            }
            return new EventRef("ev-" + number, dated.date().toString(), category, dated.summit() == null ? null : dated.summit().id(),
                    topics.clearTopics(text, s.start(), s.end()), shortened(s.text()),
                    new Span(s.start(), s.end(), text.substring(s.start(), s.end())), dated.confidence(),
                    "event." + category + ".year-from-" + dated.yearFrom());
        }
        return null;
    }

    /**
     * The category of the cue nearest to the day (file order breaks ties), within {@link #MAX_CUE_DISTANCE}
     * characters and with no clause boundary ("which", "until" …) between them: in "signed an accord on the
     * treaty, which expires on 5 December" the day belongs to the expiry, not to the signing.
     */
    private String nearestCue(String text, Sentence s, DateMention m) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (EventCue cue : ref.eventCues()) {
            Matcher c = cue.pattern().matcher(text).region(s.start(), s.end());
            while (c.find()) {
                if (NOT_AN_EVENT.equals(cue.category())) {
                    return NOT_AN_EVENT;
                }
                int from = Math.min(c.end(), m.end());
                int to = Math.max(c.start(), m.start());
                int distance = Math.max(0, to - from);
                if (distance < bestDistance && distance <= MAX_CUE_DISTANCE
                        && !CLAUSE_BREAK.matcher(text.substring(Math.min(from, to), Math.max(from, to))).find()) {
                    best = cue.category();
                    bestDistance = distance;
                }
            }
        }
        return best;
    }

    /** "30 May to 3 June 1990", "20 and 21 March 1997": a day without a year takes that of a full date just after it. */
    private static Integer yearFollowing(List<DateMention> dates, int i) {
        if (i + 1 < dates.size()) {
            DateMention next = dates.get(i + 1);
            if (next.year() != null && next.month() != null && next.start() - dates.get(i).end() <= 12) {
                return next.year();
            }
        }
        return null;
    }

    private static Dated date(DateMention m, Integer yearFollowing, List<SummitRef> summits, Integer paragraphYear, LocalDate published) {
        if (m.full() || yearFollowing != null) {
            LocalDate d = m.full() ? m.toDate() : on(yearFollowing, m);
            return d == null ? null : new Dated(d, summitOn(d, summits), "text", 0.8);
        }
        for (SummitRef s : summits) {
            LocalDate start = parse(s.date());
            if (start == null) {
                continue;
            }
            LocalDate d = on(start.getYear(), m);
            if (d != null && within(s, d, 0)) {
                return new Dated(d, s, "summit", 0.7);
            }
        }
        if (paragraphYear != null) {
            LocalDate d = on(paragraphYear, m);
            return d == null ? null : new Dated(d, summitOn(d, summits), "paragraph", 0.6);
        }
        if (published != null) {
            LocalDate d = RelativeDates.complete(m, published, null);
            return d == null ? null : new Dated(d, summitOn(d, summits), "publication", 0.5);
        }
        return null;
    }

    /** Within a few days of a summit's dates: articles and gazetteers differ by a day or two on when a summit began. */
    private static boolean nearASummit(LocalDate d, List<SummitRef> summits) {
        return summits.stream().anyMatch(s -> within(s, d, SUMMIT_SLACK_DAYS));
    }

    private static SummitRef summitOn(LocalDate d, List<SummitRef> summits) {
        return summits.stream().filter(s -> within(s, d, 0)).findFirst().orElse(null);
    }

    /** The day falls within the summit's dates, widened by slackDays on either side. */
    private static boolean within(SummitRef s, LocalDate d, int slackDays) {
        LocalDate start = parse(s.date());
        LocalDate end = s.end() == null ? start : parse(s.end());
        return start != null && end != null && !d.isBefore(start.minusDays(slackDays)) && !d.isAfter(end.plusDays(slackDays));
    }

    private static LocalDate on(int year, DateMention m) {
        try {
            return LocalDate.of(year, m.month(), m.day());
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static LocalDate parse(String iso) {
        try {
            return iso == null ? null : LocalDate.parse(iso);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The sentence as the entry's title: whole when short, else cut at a word boundary. */
    static String shortened(String sentence) {
        String s = sentence.strip().replaceAll("\\s+", " ");
        if (s.length() <= MAX_TEXT) {
            return s;
        }
        int cut = s.lastIndexOf(' ', MAX_TEXT - 1);
        return s.substring(0, cut > MAX_TEXT / 2 ? cut : MAX_TEXT - 1) + "…";
    }
}
