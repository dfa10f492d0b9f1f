package io.summittracker.ingest.extraction.people;

import io.summittracker.ingest.extraction.reference.ReferenceData;
import io.summittracker.ingest.extraction.text.Sentence;
import io.summittracker.ingest.extraction.text.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Proposes person names from tokens: maximal runs of capitalised words (with initials and particles such as
 * "al-"), minus leading titles, demonyms and sentence-initial function words. Whether a run is a person is
 * decided later from context (given name, title, appositive, reporting verb).
 */
public final class NameFinder {
    private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{Ll}][\\p{L}'’-]*|\\p{Lu}\\.|\\p{Lu}\\.\\p{Lu}\\.|(?:al|el|bin|ibn|ben|van|von|de|da|di|du|le|la)-\\p{Lu}[\\p{L}'’-]+|\\p{Lu}'\\p{Lu}[\\p{Ll}]+");
    private static final Set<String> PARTICLES = Set.of("van", "von", "de", "da", "di", "du", "bin", "ibn", "al", "der", "den", "la", "le");

    private final ReferenceData ref;
    /** Words before a name that are not part of it (vocabulary.tsv: honorific). */
    private final Set<String> honorifics;
    /** Capitalised words that are never part of a personal name (vocabulary.tsv: not-a-name). */
    private final Set<String> notNames;

    public NameFinder(ReferenceData ref) {
        this.ref = ref;
        this.honorifics = ref.wordSet("honorific");
        this.notNames = ref.wordSet("not-a-name");
    }

    public boolean isFunctionWord(String t) {
        return notNames.contains(t);
    }

    public boolean isNameWord(String t) {
        return NAME_WORD.matcher(t).matches();
    }

    public List<NameCandidate> find(Sentence s) {
        List<NameCandidate> out = new ArrayList<>();
        List<Token> toks = s.tokens();
        int i = 0;
        while (i < toks.size()) {
            if (!isNameWord(toks.get(i).text())) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < toks.size() && adjacent(toks.get(j), toks.get(j + 1))
                    && (isNameWord(toks.get(j + 1).text()) || isParticleBeforeName(toks, j + 1))) {
                j++;
            }
            addRun(s, i, j, out);
            i = j + 1;
        }
        return out;
    }

    private boolean isParticleBeforeName(List<Token> toks, int k) {
        return PARTICLES.contains(toks.get(k).text()) && k + 1 < toks.size() && isNameWord(toks.get(k + 1).text());
    }

    /** Tokens separated by at most one space (a line break or punctuation ends a name). */
    private static boolean adjacent(Token a, Token b) {
        return b.start() - a.end() <= 1;
    }

    private void addRun(Sentence s, int i, int j, List<NameCandidate> out) {
        List<Token> toks = s.tokens();
        int first = i;
        int titleStart = -1;
        boolean honorific = false;
        boolean keepFirst = false;
        while (first <= j) {
            String t = toks.get(first).text();
            if (honorifics.contains(t)) {
                honorific = true;
                first++;
            } else if (ref.isGivenName(t) && first == i && first + 1 <= j && ref.isTitleWord(t) && !ref.isTitleWord(toks.get(first + 1).text())
                    && isNameWord(toks.get(first + 1).text()) && (first == 0 || !ref.isTitleWord(toks.get(first - 1).text()))) {
                keepFirst = true;
                break; // "Dean Rusk": a given name that is also a title word, followed by a surname
            } else if (ref.isTitleWord(t) || ref.country(t) != null) {
                if (ref.isTitleWord(t) && titleStart < 0) {
                    titleStart = toks.get(first).start();
                }
                first++;
            } else if (notNames.contains(t) || ref.isPlace(t) || ref.orgHeadKind(t) != null || ref.knownOrg(t) != null) {
                titleStart = -1;
                first++;
            } else {
                break;
            }
        }
        int last = j;
        boolean namedChair = false;
        // "X Y Professor": a name used inside a title (a named chair or prize), not a mention of a person
        while (last >= first && ref.isTitleWord(toks.get(last).text())) {
            namedChair = true;
            last--;
        }
        if (first > last) {
            return;
        }
        // a run that still holds places, organisation words or function words is not a name
        for (int k = first; k <= last; k++) {
            String t = toks.get(k).text();
            if (notNames.contains(t) || ref.isPlace(t) || ref.orgHeadKind(t) != null || ref.knownOrg(t) != null
                    || ref.isTitleWord(t)) {
                // split: keep the longest clean tail (e.g. "Moscow Mayor X Y" was handled above; here just stop)
                if (k == first && keepFirst) {
                    continue;
                }
                if (k == first) {
                    return;
                }
                last = k - 1;
                break;
            }
        }
        int words = last - first + 1;
        if (words > 4) {
            return;
        }
        int start = toks.get(first).start();
        int end = toks.get(last).end();
        String text = s.text().substring(start - s.start(), end - s.start());
        out.add(new NameCandidate(s, start, end, text, words, first, last, titleStart, honorific, namedChair));
    }
}
