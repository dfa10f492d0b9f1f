package io.summittracker.ingest.extraction.summits;

import io.summittracker.events.extraction.Span;
import io.summittracker.events.extraction.SummitRef;
import io.summittracker.ingest.extraction.document.DocumentLayout;
import io.summittracker.ingest.extraction.reference.LeaderTerm;
import io.summittracker.ingest.extraction.reference.ReferenceData;
import io.summittracker.ingest.extraction.reference.SummitEntry;
import io.summittracker.ingest.extraction.text.AnalyzedText;
import io.summittracker.ingest.extraction.text.Paragraph;
import io.summittracker.ingest.extraction.text.Sentence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the summits an article talks about. A place is a summit only next to a meeting word
 * ("the Helsinki summit", "the summit in Geneva", "the Reykjavik talks"); a place with a date alone
 * ("the 2012 Geneva agreements") is not. The place is resolved against the gazetteer, choosing among
 * summits held there by the years, days and leaders the text mentions; a summit missing from the
 * gazetteer is created from the text.
 */
public final class SummitResolver {
    /** Words after "P summit" that make it someone else's summit ("the Madrid summit of NATO") or a room. */
    private static final Pattern FOREIGN_EVENT = Pattern.compile("^\\s*(?:of\\s+(?:NATO|the\\s+(?:Eight|Seven|G\\d+|Group|North|European|Organi[sz]ation|Alliance|Conference))|room|hall)", Pattern.CASE_INSENSITIVE);
    private static final Pattern FUTURE = Pattern.compile("\\b(?:next\\s+(?:year|month|week|time|spring|summer|autumn|fall|winter)|will|shall|planned|plans\\s+to|upcoming|future|proposed)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern SEASON = Pattern.compile("\\b(?:(?:in|during|over|this|last|earlier this)\\s+(?:the\\s+)?(?:spring|summer|autumn|fall|winter|year)|in\\s+(?:January|February|March|April|May|June|July|August|September|October|November|December))\\b(?!,?\\s+\\d)");
    private static final Pattern MONTH_WORD = Pattern.compile("\\b(January|February|March|April|May|June|July|August|September|October|November|December)\\b");
    private static final Pattern GENERIC_BEFORE = Pattern.compile("\\b(?:the|a|an|this|that|last|next|their|historic|upcoming|first|second)\\s+((?:(?:19|20)\\d\\d\\s+)?((?:\\p{Lu}[\\p{L}.]+)(?:\\s+\\p{Lu}[\\p{L}.]+)?))\\s+[Ss]ummit\\b");
    private static final Pattern GENERIC_AFTER = Pattern.compile("\\b[Ss]ummit\\s+(?:held\\s+)?(?:in|at)\\s+((\\p{Lu}[\\p{L}.]+)(?:\\s+\\p{Lu}[\\p{L}.]+)?)");
    private static final Pattern YEAR = Pattern.compile("\\b(19[4-9]\\d|20[0-4]\\d)\\b");
    private static final Pattern NOT_SUMMIT_AFTER = Pattern.compile("^[\\s-]*(?:agreements?|accords?|conventions?|protocols?|communiqu|process|format|talks on Syria)", Pattern.CASE_INSENSITIVE);

    private final ReferenceData ref;
    private final Pattern placeBeforeCue;
    private final Pattern cueBeforePlace;
    private final Pattern placeAlone;
    private final Pattern metOrVisit;
    private final Pattern summitBetween;
    /** Seats of government: "Moscow" and "Washington" usually stand for governments, not summits. */
    private final Set<String> seats;

    public SummitResolver(ReferenceData ref) {
        this.ref = ref;
        this.seats = ref.wordSet("seat-of-government");
        // meeting words after a place ("the Geneva talks") and before one ("the meeting in Geneva")
        String cue = "(?:" + ref.alternation("meeting-word") + "|" + ref.alternation("meeting-word-after-place") + ")";
        String cueAfter = ref.alternation("meeting-word");
        Set<String> places = new LinkedHashSet<>();
        for (SummitEntry e : ref.summits()) {
            places.addAll(e.places());
            places.add(e.city());
        }
        for (String p : places) {
            placeWordsLower.add(p.toLowerCase(Locale.ROOT));
        }
        List<String> sorted = new ArrayList<>(places);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder alt = new StringBuilder();
        for (String p : sorted) {
            if (alt.length() > 0) {
                alt.append('|');
            }
            alt.append(Pattern.quote(p));
        }
        String places1 = "(" + alt + ")";
        // the gap may hold initials and honorifics ("Lyndon B. Johnson", "Mr. Brezhnev") but no sentence end
        String gap = "(?:(?:[^.;]|(?<=\\b\\p{Lu})\\.|(?<=\\b(?:Mr|Mrs|Ms|Dr|St))\\.){0,110}?\\s)?";
        metOrVisit = Pattern.compile("\\b(?:(?:met|meet|meeting|summit|talks|travell?ed\\s+to|went\\s+to|flew\\s+to|trip\\s+to|visit\\s+to|arrived\\s+in|came\\s+to)\\b"
                + gap + "(?:in|at|to|since)\\s+|(?:visited|toured)\\s+)(?:the\\s+)?" + places1 + "\\b", Pattern.UNICODE_CASE);
        placeBeforeCue = Pattern.compile("\\b" + places1 + "(?:[’']s)?(?:\\s+|-)(?:" + ref.alternation("summit-qualifier") + "[\\s-]+){0,3}" + cue + "\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        cueBeforePlace = Pattern.compile("\\b" + cueAfter + ",?\\s+(?:(?:held|hosted|that took place|which took place|taking place|was held|were held)\\s+)?(?:in|at|since)\\s+(?:the\\s+)?" + places1 + "\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        // "the summit between Nixon and Mr. Brezhnev, held in Moscow"
        summitBetween = Pattern.compile("\\b" + cueAfter + "\\s+between\\b" + gap + "(?:held\\s+)?(?:in|at)\\s+(?:the\\s+)?" + places1 + "\\b", Pattern.UNICODE_CASE);
        placeAlone = Pattern.compile("\\b" + places1 + "\\b");
    }

    public List<SummitRef> resolve(AnalyzedText doc, DocumentLayout layout, LocalDate published) {
        String text = doc.text();
        List<Sentence> scope = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            if (layout.isBody(s.paragraph()) || s.paragraph() == layout.titleParagraph()) {
                scope.add(s);
            }
        }
        // 1. place + meeting word ("the Helsinki summit", "the summit in Geneva"), or leaders meeting/visiting there
        Map<String, List<Cue>> byKey = new LinkedHashMap<>();
        for (Sentence s : scope) {
            if (!hasPlace(s.text())) {
                continue;
            }
            boolean future = FUTURE.matcher(s.text()).find();
            List<String> leadersHere = leaderSurnamesIn(s.text());
            for (Pattern p : List.of(placeBeforeCue, cueBeforePlace, summitBetween, metOrVisit)) {
                Matcher m = p.matcher(text).region(s.start(), s.end());
                while (m.find()) {
                    String place = canonicalPlace(m.group(1));
                    if (place == null) {
                        continue;
                    }
                    String tail = text.substring(m.end(), Math.min(s.end(), m.end() + 40));
                    if (p == placeBeforeCue && FOREIGN_EVENT.matcher(tail).find()) {
                        continue;
                    }
                    if (p == metOrVisit && !(leadersHere.size() >= 2 || (!leadersHere.isEmpty()
                            && LEADER_CONTEXT.matcher(s.text()).find()))) {
                        continue; // "X flew to Washington" alone is travel, not a summit
                    }
                    Integer year = yearNear(text, s, m.start(1), m.end(1));
                    if (future && year == null) {
                        continue; // "a meeting in Moscow next year"
                    }
                    byKey.computeIfAbsent(place + "|" + (year == null ? "" : year), k -> new ArrayList<>())
                            .add(new Cue(place, year, m.start(1), m.end(1), s, leadersHere));
                }
            }
        }
        DocEvidence ev = new DocEvidence(doc, layout, published);
        Map<String, SummitRef> out = new LinkedHashMap<>();
        for (List<Cue> cues : byKey.values()) {
            Cue c = cues.get(0);
            SummitEntry best = bestEntry(c.place, c.year, c.leaders, ev, c.sentence.text());
            SummitRef r;
            if (best != null) {
                r = new SummitRef(best.id(), best.name(), best.city(), best.country(), best.start().toString(), best.end().toString(),
                        best.leaders(), true, new ArrayList<>(), ev.lastScore > 0 ? 0.9 : 0.6, "summit.gazetteer.place-cue");
            } else if (c.year != null && c.sentence.text().matches("(?is).*\\bsummit\\b.*")) {
                r = fromText(c.place, c.year, c.sentence, ev, "summit.text.place-cue");
            } else {
                continue;
            }
            SummitRef prev = out.get(r.id());
            if (prev == null) {
                out.put(r.id(), r);
                prev = r;
            }
            for (Cue x : cues) {
                addMention(prev.mentions(), new Span(x.start, x.end, text.substring(x.start, x.end)));
            }
        }
        // 1b. a report dated just after a summit, naming its place or its leaders, is about that summit
        if (published != null) {
            for (SummitEntry e : ref.summits()) {
                if (out.containsKey(e.id()) || e.end().isAfter(published.plusDays(1)) || e.end().isBefore(published.minusDays(10))) {
                    continue;
                }
                List<Span> spans = new ArrayList<>();
                for (Sentence s : scope) {
                    Matcher m = placeAlone.matcher(text).region(s.start(), s.end());
                    while (m.find()) {
                        if (e.places().contains(m.group(1))) {
                            spans.add(new Span(m.start(1), m.end(1), m.group(1)));
                        }
                    }
                }
                int leadersNamed = 0;
                for (String l : e.leaders()) {
                    if (ev.mentions(l.substring(l.lastIndexOf(' ') + 1))) {
                        leadersNamed++;
                    }
                }
                if (!spans.isEmpty() || leadersNamed >= 2) {
                    out.put(e.id(), new SummitRef(e.id(), e.name(), e.city(), e.country(), e.start().toString(), e.end().toString(),
                            e.leaders(), true, spans, 0.8, "summit.gazetteer.publication-date"));
                }
            }
        }
        // 1c. a bare reference to a venue ("the mood after Reykjavik") when the article names the
        //     leaders who met there; seats of government and locations ("in Geneva") do not count
        for (Sentence s : scope) {
            if (!hasPlace(s.text())) {
                continue;
            }
            Matcher m = placeAlone.matcher(text).region(s.start(), s.end());
            while (m.find()) {
                String place = m.group(1);
                String lead = text.substring(Math.max(s.start(), m.start() - 12), m.start());
                String tail = text.substring(m.end(), Math.min(s.end(), m.end() + 30));
                if (seats.contains(place) || lead.matches("(?s).*\\b(?:in|at|from|to|near|outside|of|and)\\s+$")
                        || lead.matches("(?s).*\\d\\s*$") || NOT_SUMMIT_AFTER.matcher(tail).find()
                        || tail.matches("(?s)^[\\s-]*(?:\\p{Lu}|talks|negotiat|delegation|accords?|agreements?|treaty|process|conference|format).*")) {
                    continue;
                }
                SummitEntry only = null;
                int n = 0;
                for (SummitEntry e : ref.summits()) {
                    if (e.places().contains(place) && ev.leadersNamed(e) >= 2 && (published == null || !e.start().isAfter(published))) {
                        only = e;
                        n++;
                    }
                }
                if (n == 1 && !out.containsKey(only.id())) {
                    List<Span> spans = new ArrayList<>();
                    spans.add(new Span(m.start(), m.end(), place));
                    out.put(only.id(), new SummitRef(only.id(), only.name(), only.city(), only.country(), only.start().toString(),
                            only.end().toString(), only.leaders(), true, spans, 0.6, "summit.gazetteer.bare-venue"));
                }
            }
        }
        // 2. summits missing from the gazetteer: "the Istanbul summit", "a summit in Riyadh"
        for (Sentence s : scope) {
            for (Pattern p : List.of(GENERIC_BEFORE, GENERIC_AFTER)) {
                Matcher m = p.matcher(text).region(s.start(), s.end());
                while (m.find()) {
                    String place = m.group(2);
                    if (!plausibleNewPlace(place) || canonicalPlace(place) != null) {
                        continue;
                    }
                    Integer year = yearNear(text, s, m.start(), m.end());
                    SummitRef r = fromText(place, year, s, ev, "summit.text.generic");
                    SummitRef prev = out.computeIfAbsent(r.id(), k -> r);
                    addMention(prev.mentions(), new Span(m.start(2), m.end(2), place));
                }
            }
        }
        // 3. later bare mentions of a summit's place ("after Helsinki") are mentions of it (not "Moscow" the government)
        for (SummitRef r : out.values()) {
            if (!r.fromGazetteer() || seats.contains(r.city())) {
                continue;
            }
            for (Sentence s : scope) {
                if (!s.text().contains(r.city())) {
                    continue;
                }
                Matcher m = placeAlone.matcher(text).region(s.start(), s.end());
                while (m.find()) {
                    if (r.city().equalsIgnoreCase(m.group(1)) && !NOT_SUMMIT_AFTER.matcher(text.substring(m.end(), Math.min(s.end(), m.end() + 30))).find()
                            && !text.substring(Math.max(s.start(), m.start() - 6), m.start()).matches(".*\\d{4}\\s+$")) {
                        addMention(r.mentions(), new Span(m.start(), m.end(), m.group(1)));
                    }
                }
            }
            r.mentions().sort(Comparator.comparingInt(Span::start));
        }
        return new ArrayList<>(out.values());
    }

    private final List<String> placeWordsLower = new ArrayList<>();

    /** Cheap pre-check before the large place regexes: does the sentence contain any gazetteer place? */
    private boolean hasPlace(String sentence) {
        String lower = sentence.toLowerCase(Locale.ROOT);
        for (String p : placeWordsLower) {
            if (lower.contains(p)) {
                return true;
            }
        }
        return false;
    }

    private final Map<String, Pattern> wordPatterns = new java.util.concurrent.ConcurrentHashMap<>();

    /** A whole-word pattern, compiled once per word (thread-safe cache). */
    private Pattern wordPattern(String w) {
        return wordPatterns.computeIfAbsent(w, x -> Pattern.compile("\\b" + Pattern.quote(x) + "\\b"));
    }

    private static void addMention(List<Span> mentions, Span s) {
        for (Span m : mentions) {
            if (m.start() == s.start()) {
                return;
            }
        }
        mentions.add(s);
    }

    private boolean plausibleNewPlace(String w) {
        if (w.contains("-") || ref.country(w) != null || ref.knownOrg(w) != null || ref.orgHeadKind(w) != null || ref.isTitleWord(w)) {
            return false;
        }
        for (LeaderTerm t : ref.leaders()) {
            if (w.contains(t.surname())) {
                return false;
            }
        }
        return ref.placeCountry(w) != null || w.matches("\\p{Lu}\\p{Ll}{3,}");
    }

    /** The gazetteer's spelling of a place ("reykjavík" -> "Reykjavik" city), or null when no summit was held there. */
    private String canonicalPlace(String p) {
        for (SummitEntry e : ref.summits()) {
            for (String q : e.places()) {
                if (q.equalsIgnoreCase(p)) {
                    return q;
                }
            }
        }
        return null;
    }

    private Integer yearNear(String text, Sentence s, int start, int end) {
        String window = text.substring(Math.max(s.start(), start - 12), Math.min(s.end(), end + 40));
        Matcher y = YEAR.matcher(window);
        return y.find() ? Integer.valueOf(y.group(1)) : null;
    }

    private SummitEntry bestEntry(String place, Integer explicitYear, List<String> sentenceLeaders, DocEvidence ev, String sentence) {
        Matcher season = SEASON.matcher(sentence);
        boolean partial = season.find() && !YEAR.matcher(sentence).find() && ev.published != null;
        SummitEntry best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (SummitEntry e : ref.summits()) {
            if (!e.places().contains(place) && !e.city().equalsIgnoreCase(place)) {
                continue;
            }
            if (explicitYear != null && e.start().getYear() != explicitYear) {
                continue;
            }
            double score = ev.score(e);
            if (!sentenceLeaders.isEmpty()) {
                int shared = 0;
                for (String l : e.leaders()) {
                    if (sentenceLeaders.contains(l.substring(l.lastIndexOf(' ') + 1))) {
                        shared++;
                    }
                }
                if (shared == 0) {
                    continue; // the sentence names other leaders
                }
                score += 5 * shared;
            }
            // "in the summer", "in June" with no year: the publication year
            if (partial && e.start().getYear() == ev.published.getYear()) {
                score += 8;
            }
            // a primary venue beats a side venue of another summit
            if (!e.city().equalsIgnoreCase(place)) {
                score -= 1;
            }
            if (score > bestScore || (score == bestScore && best != null && e.start().isAfter(best.start()))) {
                best = e;
                bestScore = score;
            }
        }
        ev.lastScore = bestScore;
        if (best != null && ev.published != null && best.start().isAfter(ev.published)) {
            return null;
        }
        return best;
    }

    private SummitRef fromText(String place, Integer year, Sentence s, DocEvidence ev, String rule) {
        LocalDate date = ev.dateFor(s, year);
        String country = ref.placeCountry(place);
        List<String> leaders = new ArrayList<>();
        if (date != null) {
            for (LeaderTerm t : ref.leaders()) {
                if (t.covers(date) && !leaders.contains(t.name()) && !t.title().equals("Prime Minister") && !t.title().equals("Premier")) {
                    leaders.add(t.name());
                }
            }
        }
        int y = date != null ? date.getYear() : year != null ? year : 0;
        String id = slug(place) + (y > 0 ? "-" + y : "");
        return new SummitRef(id, place + " summit", place, country, date == null ? null : date.toString(),
                date == null ? null : date.toString(), leaders, false, new ArrayList<>(), 0.5, rule);
    }

    private static String slug(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    private record Cue(String place, Integer year, int start, int end, Sentence sentence, List<String> leaders) {
    }

    private static final Pattern LEADER_CONTEXT = Pattern.compile("(?i)\\b(?:two (?:leaders|presidents|men)|summit|meeting|to see|met)\\b");

    /** Surnames of leaders (from leaders.tsv) named in the text. */
    private List<String> leaderSurnamesIn(String s) {
        List<String> out = new ArrayList<>();
        for (LeaderTerm t : ref.leaders()) {
            String sn = t.surname();
            if (!out.contains(sn) && s.contains(sn) && wordPattern(sn).matcher(s).find()) {
                out.add(sn);
            }
        }
        return out;
    }

    /** Years, days and leader names in the document, used to choose among summits held in one place. */
    private final class DocEvidence {
        final LocalDate published;
        final List<DateMention> dates = new ArrayList<>();
        final String body;
        double lastScore;
        final AnalyzedText doc;

        DocEvidence(AnalyzedText doc, DocumentLayout layout, LocalDate published) {
            this.doc = doc;
            this.published = published;
            StringBuilder b = new StringBuilder();
            for (Paragraph p : doc.paragraphs()) {
                if (!layout.boilerplate().contains(p.index())) {
                    dates.addAll(DateFinder.find(doc.text(), p.start(), p.end()));
                    b.append(p.text()).append('\n');
                }
            }
            body = b.toString();
        }

        int leadersNamed(SummitEntry e) {
            int n = 0;
            for (String l : e.leaders()) {
                if (mentions(l.substring(l.lastIndexOf(' ') + 1))) {
                    n++;
                }
            }
            return n;
        }

        private final Map<String, Boolean> mentioned = new java.util.HashMap<>();

        boolean mentions(String word) {
            return mentioned.computeIfAbsent(word, w -> body.contains(w) && wordPattern(w).matcher(body).find());
        }

        double score(SummitEntry e) {
            double score = 0;
            for (String leader : e.leaders()) {
                if (mentions(leader.substring(leader.lastIndexOf(' ') + 1))) {
                    score += 3;
                }
            }
            int yearHits = 0;
            for (DateMention d : dates) {
                if (d.year() != null && d.month() == null && d.year() == e.start().getYear()) {
                    yearHits++;
                }
                if (d.month() != null && d.day() != null && (d.year() == null || d.year() == e.start().getYear())) {
                    if (withinRange(d.month(), d.day(), e)) {
                        score += 4;
                    }
                }
                if (d.full() && d.toDate() != null && !d.toDate().isBefore(e.start().minusDays(3)) && !d.toDate().isAfter(e.end().plusDays(3))) {
                    score += 6;
                }
            }
            score += Math.min(yearHits, 3) * 2;
            if (published != null) {
                if (published.isBefore(e.start())) {
                    score -= 100;
                } else if (published.getYear() - e.start().getYear() <= 1) {
                    score += 3;
                }
                LocalDate rel = RelativeDates.resolve(body, published);
                if (rel != null && !rel.isBefore(e.start().minusDays(4)) && !rel.isAfter(e.end().plusDays(4))) {
                    score += 6;
                }
            }
            return score;
        }

        private boolean withinRange(int month, int day, SummitEntry e) {
            LocalDate d;
            try {
                d = LocalDate.of(e.start().getYear(), month, day);
            } catch (java.time.DateTimeException ex) {
                return false;
            }
            return !d.isBefore(e.start().minusDays(1)) && !d.isAfter(e.end().plusDays(1));
        }

        /** A date for a summit missing from the gazetteer: a date in its sentence, else its paragraph, else a relative one. */
        LocalDate dateFor(Sentence s, Integer year) {
            Integer fallbackYear = year != null ? year : published != null ? Integer.valueOf(published.getYear()) : null;
            for (DateMention d : DateFinder.find(doc.text(), s.start(), s.end())) {
                LocalDate c = RelativeDates.complete(d, published != null && year == null ? published : null, fallbackYear);
                if (c != null) {
                    return c;
                }
            }
            Paragraph p = doc.paragraphs().get(s.paragraph());
            for (DateMention d : DateFinder.find(doc.text(), p.start(), p.end())) {
                LocalDate c = RelativeDates.complete(d, published != null && year == null ? published : null, fallbackYear);
                if (c != null) {
                    return c;
                }
            }
            return RelativeDates.resolve(s.text(), published);
        }
    }
}
