package io.summittracker.ingest.extraction.organizations;

import io.summittracker.ingest.extraction.reference.ReferenceData;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds organisation names: chains of capitalised words (joined by of/for/on/the/and/in) that contain an
 * organisation head word (Council, Institute, University, Ministry ...), plus well-known names and abbreviations.
 * Chains naming two bodies ("Center of X of the Institute for Y", "X Center’s Y Institute") are split.
 */
public final class OrganizationFinder {
    private static final String CAP = "(?:\\p{Lu}[\\p{L}\\p{N}.&-]*|\\d+[\\p{L}]*)";
    private static final Pattern CHAIN = Pattern.compile("(?<![\\p{L}\\p{N}])" + CAP + "(?:\\s+(?:(?:of|for|on|the|and|in|de|&)\\s+)*" + CAP + ")*");
    private static final Set<String> CONNECTORS = Set.of("of", "for", "on", "the", "and", "in", "de", "&");
    private static final Pattern WORD = Pattern.compile("\\S+");

    private final ReferenceData ref;

    public OrganizationFinder(ReferenceData ref) {
        this.ref = ref;
    }

    /** Organisation mentions in text[from, to). */
    public List<OrgMention> find(String text, int from, int to) {
        List<OrgMention> out = new ArrayList<>();
        Matcher m = CHAIN.matcher(text).region(from, to);
        while (m.find()) {
            collect(text, m.start(), m.end(), out);
        }
        return out;
    }

    /** The organisation a line starts with ("X Club Conference Hall (...)" -> "X Club"), else null. */
    public String leadingOrganization(String line) {
        List<OrgMention> found = find(line, 0, line.length());
        if (!found.isEmpty() && found.get(0).start() <= 4) {
            return found.get(0).name();
        }
        return null;
    }

    /**
     * Splits the organisation part of a role ("Center of X of the Institute for Y at Z University") into the
     * bodies it names; a name without a head word is kept whole (journals, projects), countries are dropped.
     */
    public List<OrgMention> splitRoleOrganization(String text, int start, int end) {
        List<OrgMention> out = new ArrayList<>();
        String s = text.substring(start, end);
        List<int[]> parts = new ArrayList<>();
        Matcher sep = Pattern.compile("\\s+at\\s+(?:the\\s+)?|[’']s\\s+|,\\s+").matcher(s);
        int last = 0;
        while (sep.find()) {
            parts.add(new int[]{last, sep.start()});
            last = sep.end();
        }
        parts.add(new int[]{last, s.length()});
        for (int[] p : parts) {
            int ps = start + p[0];
            int pe = start + p[1];
            List<OrgMention> found = new ArrayList<>();
            collect(text, ps, pe, found);
            if (!found.isEmpty()) {
                out.addAll(found);
            } else {
                String name = trimEdges(text.substring(ps, pe));
                boolean properName = name.matches("(?:The\\s+)?\\p{Lu}[\\p{L}.-]*(?:\\s+(?:of|for|on|in|and|the|\\p{Lu}[\\p{L}.-]*)){1,7}");
                if (properName && ref.country(name) == null && !ref.isPlace(name)) {
                    int ns = text.indexOf(name, ps);
                    out.add(new OrgMention(ns, ns + name.length(), name, "organization"));
                }
            }
        }
        return out;
    }

    private static String trimEdges(String s) {
        return s.replaceAll("^(?:the\\s+)", "").replaceAll("[\\s,.;:)(]+$", "").trim();
    }

    private void collect(String text, int start, int end, List<OrgMention> out) {
        List<int[]> words = new ArrayList<>();
        Matcher w = WORD.matcher(text).region(start, end);
        while (w.find()) {
            words.add(new int[]{w.start(), w.end()});
        }
        if (!words.isEmpty()) {
            // a sentence-final full stop is not part of the name ("NATO."), an abbreviation's is ("U.S.")
            int[] last = words.get(words.size() - 1);
            String lw = text.substring(last[0], last[1]);
            if (lw.length() > 1 && lw.endsWith(".") && !lw.matches("(?:\\p{L}\\.)+|Inc\\.|Co\\.|Ltd\\.|Corp\\.")) {
                last[1]--;
            }
        }
        collectWords(text, words, out);
    }

    private void collectWords(String text, List<int[]> words, List<OrgMention> out) {
        // known names first (a chain may be just "NATO" or "the Kremlin")
        String whole = words.isEmpty() ? "" : text.substring(words.get(0)[0], words.get(words.size() - 1)[1]);
        String known = ref.knownOrg(whole);
        if (known != null) {
            out.add(new OrgMention(words.get(0)[0], words.get(words.size() - 1)[1], whole, ref.knownOrgKind(known)));
            return;
        }
        // split at "and"/"of the" when both sides name a body of their own
        for (int i = 1; i < words.size() - 1; i++) {
            String wi = word(text, words.get(i));
            boolean ofThe = wi.equals("of") && i + 1 < words.size() && word(text, words.get(i + 1)).equals("the");
            if (wi.equals("and") || ofThe) {
                List<int[]> left = words.subList(0, i);
                List<int[]> right = words.subList(ofThe ? i + 2 : i + 1, words.size());
                if (hasHead(text, left) && hasHead(text, right)) {
                    collectWords(text, new ArrayList<>(left), out);
                    collectWords(text, new ArrayList<>(right), out);
                    return;
                }
            }
        }
        int first = leadingNoiseEnd(text, words);
        int lastHead = -1;
        for (int i = first; i < words.size(); i++) {
            if (ref.orgHeadKind(word(text, words.get(i))) != null) {
                lastHead = i;
            }
        }
        for (int i = first; i < words.size(); i++) {
            String k = ref.knownOrg(word(text, words.get(i)));
            if (k != null && (lastHead < 0 || i > lastHead)) {
                out.add(new OrgMention(words.get(i)[0], words.get(i)[1], word(text, words.get(i)), ref.knownOrgKind(k)));
            }
        }
        if (lastHead < 0) {
            return;
        }
        // the name runs to the last head word, plus an "of/for/on ..." continuation ("Center for the Study of Peace")
        int last = lastHead;
        if (lastHead + 1 < words.size() && Set.of("of", "for", "on").contains(word(text, words.get(lastHead + 1)))) {
            last = words.size() - 1;
        }
        // "Brookfield Institute for Peace Studies in Washington": the place is where it is, not its name
        for (int i = lastHead + 1; i < last; i++) {
            if (word(text, words.get(i)).equals("in") && ref.isPlace(text.substring(words.get(i + 1)[0], words.get(last)[1]))) {
                last = i - 1;
                break;
            }
        }
        while (last > first && CONNECTORS.contains(word(text, words.get(last)))) {
            last--;
        }
        if (last <= first && ref.knownOrg(word(text, words.get(first))) == null) {
            return; // a bare head word ("Council") is not a name
        }
        int s = words.get(first)[0];
        int e = words.get(last)[1];
        String name = text.substring(s, e).replaceAll("[.,;:]+$", "");
        e = s + name.length();
        if (ref.country(name) != null || name.split("\\s+").length > 12) {
            return;
        }
        String known2 = ref.knownOrg(name);
        String head = word(text, words.get(lastHead));
        out.add(new OrgMention(s, e, name, known2 != null ? ref.knownOrgKind(known2) : kind(name, head)));
    }

    private String kind(String name, String head) {
        if (name.matches(".*\\b(Security|National Security|State|Federation) Council\\b.*")) {
            return "government-body";
        }
        return ref.orgHeadKind(head);
    }

    private boolean hasHead(String text, List<int[]> words) {
        for (int[] w : words) {
            if (ref.orgHeadKind(word(text, w)) != null || ref.knownOrg(word(text, w)) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * Index of the first word of the name proper: skips "The", a sentence-initial gerund, and a position
     * that precedes the body ("Research Director of the ..."), but keeps "Foreign Ministry".
     */
    private int leadingNoiseEnd(String text, List<int[]> words) {
        int i = 0;
        while (i < words.size()) {
            String w = word(text, words.get(i));
            if (w.equals("The") || (i == 0 && w.endsWith("ing") && words.size() > 1)) {
                i++;
                continue;
            }
            break;
        }
        int j = i;
        while (j < words.size() && (ref.isTitleWord(word(text, words.get(j))) || word(text, words.get(j)).equals("and"))) {
            j++;
        }
        if (j > i && j < words.size() && CONNECTORS.contains(word(text, words.get(j)))) {
            while (j < words.size() && CONNECTORS.contains(word(text, words.get(j)))) {
                j++;
            }
            return j;
        }
        return i;
    }

    private static String word(String text, int[] w) {
        return text.substring(w[0], w[1]);
    }
}
