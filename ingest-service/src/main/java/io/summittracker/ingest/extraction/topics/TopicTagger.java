package io.summittracker.ingest.extraction.topics;

import io.summittracker.ingest.extraction.reference.ReferenceData;
import io.summittracker.ingest.extraction.reference.TopicEntry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tags text with taxonomy topics by keyword. Keywords with a capital letter ("NATO", "Syria", "INF") match
 * case-sensitively; lower-case keywords match any case but not inside a proper name (a capitalised word in
 * mid-sentence, as in "Security Council"), nor right after a place name ("the Geneva summit" is a named
 * event, not talk about summitry in general). Single-pass over words with a first-word index.
 */
public final class TopicTagger {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[-+'’][\\p{L}\\p{N}]+)*");

    private record Keyword(String slug, String[] words, boolean prefix, boolean caseSensitive, boolean weak) {
    }

    private final Map<String, List<Keyword>> byFirstWord = new HashMap<>();
    /** Single-word prefix keywords ("cyber*") indexed by their first three letters (lower case). */
    private final Map<String, List<Keyword>> prefixFirst = new HashMap<>();
    private final Set<String> placeWords;
    /** Lower-case phrases (as word arrays) in which keywords do not count, by their first word. */
    private final Map<String, List<String[]>> excludes = new HashMap<>();
    private final List<String> order = new ArrayList<>();

    public TopicTagger(ReferenceData ref, Set<String> placeWords) {
        this.placeWords = placeWords;
        for (TopicEntry t : ref.topics()) {
            order.add(t.slug());
            for (String k : t.keywords()) {
                add(t.slug(), k, false);
            }
            for (String k : t.weak()) {
                add(t.slug(), k, true);
            }
            for (String x : t.exclude()) {
                String[] ws = x.toLowerCase(Locale.ROOT).split("[\\s]+");
                excludes.computeIfAbsent(ws[0], w -> new ArrayList<>()).add(ws);
            }
        }
    }

    private void add(String slug, String keyword, boolean weak) {
        boolean prefix = keyword.endsWith("*");
        String k = prefix ? keyword.substring(0, keyword.length() - 1) : keyword;
        boolean cs = !k.equals(k.toLowerCase(Locale.ROOT));
        List<String> ws = new ArrayList<>();
        Matcher m = WORD.matcher(k);
        while (m.find()) {
            ws.add(cs ? m.group() : m.group().toLowerCase(Locale.ROOT));
        }
        if (ws.isEmpty()) {
            return;
        }
        Keyword kw = new Keyword(slug, ws.toArray(new String[0]), prefix, cs, weak);
        if (prefix && ws.size() == 1) {
            String key = ws.get(0).toLowerCase(Locale.ROOT);
            prefixFirst.computeIfAbsent(key.length() >= 3 ? key.substring(0, 3) : key, x -> new ArrayList<>()).add(kw);
        } else {
            byFirstWord.computeIfAbsent(ws.get(0).toLowerCase(Locale.ROOT), x -> new ArrayList<>()).add(kw);
        }
    }

    /** Hits per topic (strong and weak) in text[from, to). */
    public Map<String, int[]> hits(String text, int from, int to) {
        List<int[]> spans = new ArrayList<>();
        Matcher m = WORD.matcher(text).region(from, to);
        while (m.find()) {
            int e = m.end();
            // possessive "Ukraine's" counts as "Ukraine"
            if (e - m.start() > 2 && (text.charAt(e - 2) == '\'' || text.charAt(e - 2) == '’') && text.charAt(e - 1) == 's') {
                e -= 2;
            }
            spans.add(new int[]{m.start(), e});
        }
        Map<String, int[]> out = new LinkedHashMap<>();
        for (int i = 0; i < spans.size(); i++) {
            String w = text.substring(spans.get(i)[0], spans.get(i)[1]);
            String lw = w.toLowerCase(Locale.ROOT);
            if (excluded(text, spans, i, lw)) {
                continue;
            }
            List<Keyword> cands = byFirstWord.get(lw);
            if (cands == null && lw.indexOf('-') > 0) {
                // "NATO-Russia Council": the parts of a hyphenated word count as words of their own
                for (String part : w.split("-")) {
                    for (Keyword k : byFirstWord.getOrDefault(part.toLowerCase(Locale.ROOT), List.of())) {
                        if (k.words.length == 1 && !k.prefix && (k.caseSensitive ? part.equals(k.words[0]) : part.toLowerCase(Locale.ROOT).equals(k.words[0]))) {
                            out.computeIfAbsent(k.slug, x -> new int[2])[k.weak ? 1 : 0]++;
                        }
                    }
                }
            }
            if (cands != null) {
                for (Keyword k : cands) {
                    if (matches(text, spans, i, k)) {
                        out.computeIfAbsent(k.slug, s -> new int[2])[k.weak ? 1 : 0]++;
                    }
                }
            }
            List<Keyword> pre = lw.length() >= 3 ? prefixFirst.get(lw.substring(0, 3)) : prefixFirst.get(lw);
            for (Keyword k : pre == null ? List.<Keyword>of() : pre) {
                String cmp = k.caseSensitive ? w : lw;
                if (cmp.startsWith(k.words[0]) && allowed(text, spans, i, k)) {
                    out.computeIfAbsent(k.slug, s -> new int[2])[k.weak ? 1 : 0]++;
                }
            }
        }
        return out;
    }

    private boolean excluded(String text, List<int[]> spans, int i, String lw) {
        List<String[]> xs = excludes.get(lw);
        if (xs == null) {
            return false;
        }
        for (String[] x : xs) {
            if (i + x.length <= spans.size()) {
                boolean all = true;
                for (int j = 0; j < x.length && all; j++) {
                    all = text.substring(spans.get(i + j)[0], spans.get(i + j)[1]).toLowerCase(Locale.ROOT).equals(x[j]);
                }
                if (all) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Topics with a clear (strong) mention, in taxonomy order. */
    public List<String> clearTopics(String text, int from, int to) {
        Map<String, int[]> h = hits(text, from, to);
        List<String> out = new ArrayList<>();
        for (String slug : order) {
            int[] c = h.get(slug);
            if (c != null && c[0] > 0) {
                out.add(slug);
            }
        }
        return out;
    }

    /**
     * The subject of a passage: the topic with the most clear mentions in [from, to), when one leads
     * (at least two mentions and more than any other topic); empty otherwise.
     */
    public List<String> leadingTopic(String text, int from, int to) {
        Map<String, int[]> h = hits(text, from, to);
        String best = null;
        int top = 0;
        int second = 0;
        for (String slug : order) {
            int[] c = h.get(slug);
            int n = c == null ? 0 : c[0];
            if (n > top) {
                second = top;
                top = n;
                best = slug;
            } else if (n > second) {
                second = n;
            }
        }
        return best != null && top >= MIN_LEAD && top > second ? List.of(best) : List.of();
    }

    private static final int MIN_LEAD = 1;

    public List<String> order() {
        return order;
    }

    private boolean matches(String text, List<int[]> spans, int i, Keyword k) {
        if (i + k.words.length > spans.size()) {
            return false;
        }
        for (int j = 0; j < k.words.length; j++) {
            String w = text.substring(spans.get(i + j)[0], spans.get(i + j)[1]);
            String cmp = k.caseSensitive ? w : w.toLowerCase(Locale.ROOT);
            boolean last = j == k.words.length - 1;
            if (!(cmp.equals(k.words[j]) || (last && k.prefix && cmp.startsWith(k.words[j])))) {
                return false;
            }
            if (j > 0 && spans.get(i + j)[0] - spans.get(i + j - 1)[1] > 2) {
                return false;
            }
        }
        return allowed(text, spans, i, k);
    }

    private boolean allowed(String text, List<int[]> spans, int i, Keyword k) {
        if (k.caseSensitive) {
            return true;
        }
        int s = spans.get(i)[0];
        boolean capital = Character.isUpperCase(text.charAt(s));
        if (capital && !sentenceInitial(text, s)) {
            return false; // part of a proper name
        }
        if (i > 0) {
            String prev = text.substring(spans.get(i - 1)[0], spans.get(i - 1)[1]);
            if (placeWords.contains(prev) && s - spans.get(i - 1)[1] <= 1) {
                return false;
            }
        }
        return true;
    }

    private static boolean sentenceInitial(String text, int s) {
        int j = s - 1;
        while (j >= 0 && (text.charAt(j) == ' ' || text.charAt(j) == '"' || text.charAt(j) == '“' || text.charAt(j) == '(')) {
            j--;
        }
        return j < 0 || ".!?:\n\r".indexOf(text.charAt(j)) >= 0;
    }
}
