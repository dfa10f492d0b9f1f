package io.summittracker.web.document;

import io.summittracker.web.catalog.Evidence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Cuts a document's text into plain and highlighted segments. Spans may overlap (a statement contains the
 * speaker's name): the first fact given wins, later overlapping ones are listed in the panel but not marked.
 * Offsets come from another service, so a span outside the text or not matching its quote is not marked.
 */
final class HighlightedText {

    private HighlightedText() {
    }

    static List<Segment> segments(String text, List<Fact> factsByPriority) {
        if (text == null) {
            return List.of();
        }
        List<Fact> taken = new ArrayList<>();
        for (Fact f : factsByPriority) {
            if (fits(text, f.evidence()) && taken.stream().noneMatch(t -> overlaps(t.evidence(), f.evidence()))) {
                taken.add(f);
            }
        }
        taken.sort(Comparator.comparingInt(f -> f.evidence().start()));
        List<Segment> segments = new ArrayList<>();
        int at = 0;
        for (Fact f : taken) {
            if (f.evidence().start() > at) {
                segments.add(new Segment(text.substring(at, f.evidence().start()), null));
            }
            segments.add(new Segment(text.substring(f.evidence().start(), f.evidence().end()), f));
            at = f.evidence().end();
        }
        if (at < text.length()) {
            segments.add(new Segment(text.substring(at), null));
        }
        return segments;
    }

    static boolean fits(String text, Evidence e) {
        if (e == null || e.start() < 0 || e.end() <= e.start() || e.end() > text.length()) {
            return false;
        }
        return e.text() == null || text.substring(e.start(), e.end()).equals(e.text());
    }

    private static boolean overlaps(Evidence a, Evidence b) {
        return a.start() < b.end() && b.start() < a.end();
    }
}
