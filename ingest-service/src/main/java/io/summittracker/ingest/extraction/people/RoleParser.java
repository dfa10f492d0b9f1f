package io.summittracker.ingest.extraction.people;

import io.summittracker.ingest.extraction.reference.ReferenceData;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads positions out of appositives and bios: "Research Director of the X", "CEO of X and publisher of Y",
 * "Former Russian Minister of Foreign Affairs (1998-2004)", "is currently President of X".
 * A role is a title (which must contain a title head word) followed by of/at/for + organisation;
 * a leading demonym ("Russian") gives the country when no organisation follows.
 */
public final class RoleParser {
    private static final Pattern FILLER = Pattern.compile("^(?:(?:and|is|was|are|were|currently|also|now|has|have|had|been|serves|served|as|a|an|the|former|Former|then|later|previously|most|recently|until|since|who|once)\\s+|ex-)*");
    private static final Pattern FORMER = Pattern.compile("\\b(?:former|Former|was|had been|served as|previously|then|once)\\b|\\bex-");
    private static final Pattern PERIOD = Pattern.compile("\\(\\s*(?:in\\s+|since\\s+|from\\s+)?(\\d{4})(?:\\s*[-–—]\\s*(\\d{4}|present|now|)\\s*)?\\)");
    private static final Pattern SPLIT = Pattern.compile(",\\s+and\\s+|;\\s+|,\\s+|\\s+and\\s+|,?\\s+who\\s+(?:is|was|has been|had been|now|also)(?:\\s+(?:now|also|currently))?\\s+|,?\\s+(?:now|later)\\s+(?:with|at)\\s+|,?\\s+who\\s+(?=(?:now\\s+)?(?:directs|chairs|heads|leads|runs|teaches|edits|studies)\\b)");
    private static final Pattern HAS_ORG_PART = Pattern.compile("\\b(?:of|at|with|for|in)\\s+(?:the\\s+)?\\p{Lu}");
    private static final Set<String> PREPOSITIONS = Set.of("of", "at", "for", "with", "in", "on", "to", "from");
    /** Words that end a possible title: verbs and clause words, so "X, who said ..." is no appositive. */
    private static final Set<String> NOT_IN_TITLE = Set.of("who", "which", "that", "said", "says", "is", "was", "are", "were", "has", "had",
            "have", "will", "would", "could", "did", "does", "not", "but", "if", "when", "while", "after", "before", "he", "she", "they", "it");

    private final ReferenceData ref;
    /** "who directs X at Y" (vocabulary.tsv: role-verb, whose third column is the title). */
    private final Pattern verbRole;

    public RoleParser(ReferenceData ref) {
        this.ref = ref;
        verbRole = Pattern.compile("\\b(?:who\\s+)?(?:now\\s+|also\\s+|currently\\s+)?(" + ref.alternation("role-verb") + ")" + VERB_ROLE_TAIL);
    }

    /** True when the text opens with a position ("Deputy Director of ...", "a former minister"), so it can be an appositive. */
    public boolean startsWithRole(String s) {
        Matcher f = FILLER.matcher(s);
        String rest = f.lookingAt() ? s.substring(f.end()) : s;
        String[] words = rest.split("\\s+");
        int i = 0;
        while (i < words.length && i < 3 && ref.country(clean(words[i])) != null) {
            i++;
        }
        int plain = 0;
        for (int k = i; k < words.length && k < i + 7; k++) {
            String w = clean(words[k]);
            if (w.isEmpty() || PREPOSITIONS.contains(w) && k > i || NOT_IN_TITLE.contains(w)) {
                return false;
            }
            if (ref.isTitleHead(w)) {
                return true;
            }
            // "nonproliferation analyst", "Soviet Communist party leader": a few plain words may qualify the head
            if (!ref.isTitleWord(w) && !Character.isUpperCase(w.charAt(0)) && !w.equals("and") && ++plain > 3) {
                return false;
            }
        }
        return false;
    }

    private static final String VERB_ROLE_TAIL = "\\s+(.+?)\\s+(?:at|of|for)\\s+(?:the\\s+)?(\\p{Lu}[^,;]*?)\\s*$";

    /** "who directs the Cold War project at X University": a role given by a verb. */
    private void verbRole(String text, int start, int end, List<ParsedRole> out) {
        Matcher m = verbRole.matcher(text).region(start, end);
        if (m.find()) {
            String what = m.group(2).replaceFirst("^(?:the|a|an)\\s+", "");
            String title = ref.wordValue("role-verb", m.group(1)) + " of " + what;
            String org = m.group(3).replaceAll("[.,;]+$", "");
            int os = m.start(3);
            out.add(new ParsedRole(title, org, os, os + org.length(), false, null, m.start(), m.end()));
        }
    }

    /** All roles in text[start, end). */
    public List<ParsedRole> parse(String text, int start, int end) {
        List<ParsedRole> out = new ArrayList<>();
        int before = out.size();
        String s = text.substring(start, end);
        int segStart = 0;
        boolean pendingOrgOnly = false;
        Matcher m = SPLIT.matcher(s);
        while (m.find()) {
            String left = s.substring(segStart, m.start());
            String right = s.substring(m.end());
            boolean clause = m.group().contains("who") || m.group().contains("now") || m.group().contains("later");
            if (clause && m.group().matches("(?s).*\\b(?:with|at)\\s+$")) {
                // "X, now with the Y Group": the rest is an organisation only
                parseOne(text, start + segStart, start + m.start(), out);
                segStart = m.end();
                pendingOrgOnly = true;
                continue;
            }
            if ((clause || HAS_ORG_PART.matcher(left).find()) && startsWithRole(right) && !insideParentheses(s, m.start())) {
                parseOne(text, start + segStart, start + m.start(), out);
                segStart = m.end();
            }
        }
        if (!pendingOrgOnly) {
            parseOne(text, start + segStart, end, out);
        }
        if (out.size() == before) {
            verbRole(text, start, end, out);
        }
        return out;
    }

    private static boolean insideParentheses(String s, int at) {
        int open = s.lastIndexOf('(', at);
        return open >= 0 && s.indexOf(')', open) > at;
    }

    private void parseOne(String text, int start, int end, List<ParsedRole> out) {
        String seg = text.substring(start, end);
        String period = null;
        Matcher pm = PERIOD.matcher(seg);
        if (pm.find()) {
            period = pm.group(2) == null ? pm.group(1) : pm.group(1) + "-" + (pm.group(2).isEmpty() ? "" : pm.group(2));
            seg = seg.substring(0, pm.start()) + " ".repeat(pm.end() - pm.start()) + seg.substring(pm.end());
        }
        int lead = skipSpace(seg, 0);
        Matcher f = FILLER.matcher(seg).region(lead, seg.length());
        int pos = f.lookingAt() ? f.end() : lead;
        boolean former = FORMER.matcher(seg.substring(0, pos)).find();
        // "the president's national security adviser": the owner is not part of the title
        Matcher owner = Pattern.compile("^[\\p{L}.-]+[’']s\\s+").matcher(seg).region(pos, seg.length());
        if (owner.lookingAt()) {
            pos = owner.end();
        }
        String country = null;
        int countryStart = -1;
        // leading demonyms / country names ("Russian", "U.S.")
        while (true) {
            Matcher w = Pattern.compile("\\S+").matcher(seg).region(pos, seg.length());
            if (!w.find() || w.start() != pos) {
                break;
            }
            String c = ref.country(clean(w.group()));
            if (c == null) {
                break;
            }
            country = c;
            if (countryStart < 0) {
                countryStart = pos;
            }
            pos = skipSpace(seg, w.end());
        }
        // title: a known multi-word title, else the words up to the first preposition
        int titleEnd = -1;
        String lower = seg.toLowerCase(Locale.ROOT);
        for (String t : ref.multiWordTitles()) {
            if (lower.startsWith(t, pos) && (pos + t.length() == seg.length() || !Character.isLetter(seg.charAt(pos + t.length())))) {
                titleEnd = pos + t.length();
                break;
            }
        }
        Matcher w = Pattern.compile("[^\\s,;()]+").matcher(seg).region(titleEnd >= 0 ? titleEnd : pos, seg.length());
        int orgStart = -1;
        int lastTitleWordEnd = titleEnd;
        boolean sawHead = titleEnd >= 0;
        while (w.find()) {
            String word = clean(w.group());
            if (PREPOSITIONS.contains(word)) {
                orgStart = w.end();
                break;
            }
            if (titleEnd >= 0) {
                break; // after a multi-word title only a preposition may follow
            }
            boolean titleish = ref.isTitleWord(word) || word.equals("and") || Character.isUpperCase(word.charAt(0)) || word.matches("\\p{Lu}\\.")
                    || (!sawHead && !NOT_IN_TITLE.contains(word) && word.matches("\\p{Ll}[\\p{L}-]*"));
            if (!titleish) {
                break;
            }
            sawHead |= ref.isTitleHead(word);
            lastTitleWordEnd = w.end();
        }
        if (!sawHead || lastTitleWordEnd <= pos) {
            return;
        }
        // "professor of government at X", "senior fellow for nuclear policy at X": the title runs to " at "
        if (orgStart >= 0 && titleEnd < 0) {
            Matcher atm = Pattern.compile("\\s(?:at|with)\\s+(?:the\\s+)?(?=\\p{Lu})").matcher(seg).region(lastTitleWordEnd, seg.length());
            if (atm.find() && !seg.substring(lastTitleWordEnd, atm.start()).matches("(?s).*\\p{Lu}.*\\p{Lu}.*")
                    && seg.substring(lastTitleWordEnd, atm.start()).trim().matches("(?:of|for|in|on)\\s+(?:the\\s+)?[\\p{L} -]+")) {
                lastTitleWordEnd = atm.start();
                orgStart = atm.end();
            }
        }
        String title = seg.substring(pos, lastTitleWordEnd).trim().replaceAll("\\s+and$", "");
        // "State Department negotiator", "White House spokesman": the body named before the title
        String orgBefore = null;
        String orgBeforeText = null;
        int obStart = -1;
        String[] tw = title.split("\\s+");
        for (int cut = tw.length - 1; cut >= 1; cut--) {
            String head = String.join(" ", java.util.Arrays.copyOfRange(tw, 0, cut));
            if (ref.knownOrg(head) != null || (ref.orgHeadKind(tw[cut - 1]) != null && cut >= 2)) {
                orgBefore = ref.knownOrg(head) != null ? ref.knownOrg(head) : head;
                orgBeforeText = head;
                obStart = start + pos;
                if (countryStart >= 0 && ref.knownOrg(head) == null) {
                    // "Soviet Foreign Ministry spokesman": the demonym belongs to the body's name
                    orgBeforeText = seg.substring(countryStart, pos) + head;
                    orgBefore = orgBeforeText;
                    obStart = start + countryStart;
                }
                title = String.join(" ", java.util.Arrays.copyOfRange(tw, cut, tw.length));
                break;
            }
        }
        if (title.split("\\s+").length > 8) {
            return;
        }
        String org = null;
        int os = -1;
        int oe = -1;
        if (orgStart >= 0) {
            int a = skipSpace(seg, orgStart);
            if (seg.startsWith("the ", a)) {
                a += 4;
            }
            int b = seg.length();
            while (b > a && (Character.isWhitespace(seg.charAt(b - 1)) || ".,;:".indexOf(seg.charAt(b - 1)) >= 0)) {
                b--;
            }
            if (b > a && Character.isUpperCase(seg.charAt(a))) {
                org = seg.substring(a, b);
                os = start + a;
                oe = start + b;
                String c = ref.country(org);
                if (c != null) {
                    org = c;
                    os = -1;
                    oe = -1;
                }
            }
        }
        if (org == null && orgBefore != null) {
            org = orgBefore;
            os = obStart;
            oe = obStart + orgBeforeText.length();
        }
        if (org == null) {
            org = country;
        }
        if (org == null) {
            org = ref.impliedOrganization(title);
        }
        int evEnd = end;
        while (evEnd > start && (Character.isWhitespace(text.charAt(evEnd - 1)) || ".,;".indexOf(text.charAt(evEnd - 1)) >= 0)) {
            evEnd--;
        }
        out.add(new ParsedRole(title, org, os, oe, former, period, start + skipSpace(seg, 0), evEnd));
    }

    private static int skipSpace(String s, int i) {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static String clean(String w) {
        return w.replaceAll("^[\"“(]+|[\"”),.;:]+$", "").replaceAll("[’']s$", "");
    }
}
