package io.summittracker.web.timeline;

import io.summittracker.web.catalog.Timeline;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The entries of one decade, each with its position on the decade's drawn axis. */
public record Decade(int start, List<Placed> entries) {

    /** Width of the decade's SVG axis in user units; one year is a tenth of it. */
    public static final int AXIS_WIDTH = 1000;

    /** Outcomes listed per summit; the others are counted, with a link to the summit page, so the page stays small. */
    public static final int OUTCOMES_PER_SUMMIT = 3;

    /** An entry at its place on the axis; the last outcome listed for a summit counts those left out after it. */
    public record Placed(Timeline.Entry entry, int x, int lane, int moreOutcomes) {

        Placed withOneMore() {
            return new Placed(entry, x, lane, moreOutcomes + 1);
        }

        /** Left edge of a summit's 14-unit square centred on its date. */
        public int squareX() {
            return x - 7;
        }
    }

    public record Tick(int x, int year) {
    }

    /** One tick per year on the axis. */
    public List<Tick> ticks() {
        List<Tick> ticks = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            ticks.add(new Tick(20 + i * (AXIS_WIDTH - 40) / 10, start + i));
        }
        return ticks;
    }

    public String label() {
        return start + "s";
    }

    public String id() {
        return "decade-" + start;
    }

    public long summits() {
        return entries.stream().filter(p -> p.entry().isSummit()).count();
    }

    public long outcomes() {
        return entries.stream().filter(p -> p.entry().isOutcome()).mapToLong(p -> 1 + p.moreOutcomes()).sum();
    }

    public long events() {
        return entries.stream().filter(p -> p.entry().isEvent()).count();
    }

    public long documents() {
        return entries.stream().filter(p -> p.entry().isDocument()).count();
    }

    /** Groups entries (in date order) by decade, keeping the order; lists the first outcomes of each summit. */
    static List<Decade> group(List<Timeline.Entry> entries) {
        Map<Integer, List<Placed>> byDecade = new LinkedHashMap<>();
        Map<String, Integer> outcomesListed = new HashMap<>();
        Map<String, Integer> lastOutcomeAt = new HashMap<>();
        for (Timeline.Entry e : entries) {
            int year = e.date().getYear();
            int start = year - Math.floorMod(year, 10);
            double inDecade = (year - start) + (e.date().getDayOfYear() - 1) / 366.0;
            int x = 20 + (int) Math.round(inDecade * (AXIS_WIDTH - 40) / 10.0);
            List<Placed> decade = byDecade.computeIfAbsent(start, k -> new ArrayList<>());
            if (e.isOutcome() && e.summitId() != null) {
                int listed = outcomesListed.merge(e.summitId(), 1, Integer::sum);
                if (listed > OUTCOMES_PER_SUMMIT) {
                    int at = lastOutcomeAt.get(e.summitId());
                    decade.set(at, decade.get(at).withOneMore());
                    continue;
                }
                lastOutcomeAt.put(e.summitId(), decade.size());
            }
            // Summits above the axis, documents below: both kinds stay visible when they share a date.
            decade.add(new Placed(e, x, e.isSummit() ? 0 : 1, 0));
        }
        List<Decade> decades = new ArrayList<>();
        byDecade.forEach((start, placed) -> decades.add(new Decade(start, placed)));
        return decades;
    }
}
