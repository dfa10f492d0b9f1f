package io.summittracker.ingest.extraction.organizations;

import io.summittracker.events.extraction.OrganizationRef;
import io.summittracker.events.extraction.Span;
import io.summittracker.ingest.extraction.people.PersonRegistry;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns organisation mentions into one entry per body: identical names merge, and a short form whose words
 * all appear in a longer name with the same first and last word ("X Club" / "X Discussion Club") joins it.
 */
public final class OrganizationMerger {

    private OrganizationMerger() {
    }

    public static List<OrganizationRef> merge(String text, List<OrgMention> mentions, Set<String> exclude,
                                              java.util.function.Function<String, String> canonical) {
        Map<String, List<OrgMention>> byName = new LinkedHashMap<>();
        for (OrgMention m : mentions) {
            String name = m.name().replaceFirst("^(?:the|The)\\s+(?=\\p{Lu}.*\\s)", "");
            if (exclude.contains(name) || "not-an-organization".equals(m.kind())) {
                continue;
            }
            // one entry per body: "NATO" and "North Atlantic Treaty Organization" share a canonical name
            String key = canonical.apply(name) != null ? canonical.apply(name) : name;
            String surface = null;
            for (String k : byName.keySet()) {
                if (k.equals(key) || (canonical.apply(k) != null && canonical.apply(k).equals(key))) {
                    surface = k;
                }
            }
            byName.computeIfAbsent(surface != null ? surface : name, k -> new ArrayList<>()).add(m);
        }
        List<String> names = new ArrayList<>(byName.keySet());
        names.sort((a, b) -> Integer.compare(b.length(), a.length()));
        Map<String, String> target = new LinkedHashMap<>();
        for (String shortName : names) {
            for (String longName : names) {
                if (longName.length() > shortName.length() && !target.containsKey(longName) && shortForm(shortName, longName)) {
                    target.put(shortName, longName);
                    break;
                }
            }
        }
        List<OrganizationRef> out = new ArrayList<>();
        Map<String, OrganizationRef> built = new LinkedHashMap<>();
        for (String name : byName.keySet()) {
            String t = target.getOrDefault(name, name);
            List<OrgMention> ms = new ArrayList<>(byName.get(name));
            if (!t.equals(name)) {
                continue;
            }
            for (Map.Entry<String, String> e : target.entrySet()) {
                if (e.getValue().equals(name)) {
                    ms.addAll(byName.get(e.getKey()));
                }
            }
            List<Span> spans = new ArrayList<>();
            Set<Integer> seen = new HashSet<>();
            String kind = null;
            for (OrgMention m : ms) {
                if (seen.add(m.start())) {
                    spans.add(new Span(m.start(), m.end(), text.substring(m.start(), m.end())));
                }
                if (kind == null || "organization".equals(kind)) {
                    kind = m.kind();
                }
            }
            spans.sort((a, b) -> Integer.compare(a.start(), b.start()));
            double conf = Math.min(0.95, 0.6 + 0.1 * spans.size());
            OrganizationRef r = new OrganizationRef("org-" + PersonRegistry.slug(name), name, kind == null ? "organization" : kind,
                    spans, conf, "organization.head-word");
            built.put(name, r);
            out.add(r);
        }
        return out;
    }

    static boolean shortForm(String shortName, String longName) {
        List<String> s = words(shortName);
        List<String> l = words(longName);
        if (s.size() < 2 || s.size() >= l.size()) {
            return false;
        }
        boolean prefix = l.subList(0, s.size()).equals(s);
        return prefix || s.get(0).equals(l.get(0)) && s.get(s.size() - 1).equals(l.get(l.size() - 1)) && new HashSet<>(l).containsAll(s);
    }

    private static List<String> words(String s) {
        return Arrays.asList(s.toLowerCase(Locale.ROOT).split("[\\s-]+"));
    }
}
