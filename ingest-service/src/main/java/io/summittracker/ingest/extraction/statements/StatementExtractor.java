package io.summittracker.ingest.extraction.statements;

import io.summittracker.events.extraction.Span;
import io.summittracker.events.extraction.SpeakerRef;
import io.summittracker.events.extraction.StatementRef;
import io.summittracker.events.extraction.SummitRef;
import io.summittracker.ingest.extraction.document.DocumentLayout;
import io.summittracker.ingest.extraction.people.PersonRecord;
import io.summittracker.ingest.extraction.people.PersonRegistry;
import io.summittracker.ingest.extraction.people.RoleParser;
import io.summittracker.ingest.extraction.reference.ReferenceData;
import io.summittracker.ingest.extraction.text.AnalyzedText;
import io.summittracker.ingest.extraction.text.Paragraph;
import io.summittracker.ingest.extraction.text.Sentence;
import io.summittracker.ingest.extraction.text.Token;
import io.summittracker.ingest.extraction.topics.TopicTagger;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Attributes views to speakers, one statement per sentence:
 * reported speech ("X, Director of Y, noted that ..."; "..., X stressed"; "as X stressed, ..."),
 * "according to X", pronoun attribution ("he said") resolved to the last speaker, continued attribution
 * (later sentences of the same paragraph stay with the speaker), and in an article with a byline the author
 * as the speaker of unattributed sentences. Evidence is the clause carrying the view.
 */
public final class StatementExtractor {
    private static final Pattern VERB_GAP = Pattern.compile("^\\s*(?:,[^;]{0,300}?,)?\\s*(?:(?:also|further|then|later|again|has|had|have|once|previously|recently|repeatedly|publicly|clearly|rightly|correctly|however|both)\\s+)*$");
    private static final Pattern ACCORDING_TO = Pattern.compile("(?i)\\baccording to\\s+");
    private static final Pattern FRAME = Pattern.compile("^(?:As regards|Regarding|As for|As to|With regard to|With respect to|Concerning|When it comes to|On the (?:issue|question|subject|matter) of|In the case of)\\s+([^,]{2,120}),");
    private static final Pattern CLAUSE_START = Pattern.compile("^[\\s,:]*(?:that\\s+)?");
    private static final Set<String> PRONOUNS = Set.of("he", "He", "she", "She");
    private static final Pattern TURN = Pattern.compile("^(\\p{Lu}[\\p{L}'’.-]+(?:\\s\\p{Lu}[\\p{L}'’-]+){0,2}):\\s");
    private static final int MAX_EVIDENCE = 790;

    private final ReferenceData ref;
    private final RoleParser roles;
    private final TopicTagger topics;
    /** "the Soviet leader said" (vocabulary.tsv: leader-demonym, leader-descriptor). */
    private final Pattern descriptor;
    /** "officials said": no named speaker (vocabulary.tsv: unnamed-source). */
    private final Pattern unknownSubject;

    public StatementExtractor(ReferenceData ref, RoleParser roles, TopicTagger topics) {
        this.ref = ref;
        this.roles = roles;
        this.topics = topics;
        descriptor = Pattern.compile("(?i)\\b(?:the|a)\\s+(?:(" + ref.alternation("leader-demonym") + ")\\s+)?(?:communist\\s+)?(?:party\\s+)?"
                + ref.alternation("leader-descriptor") + "\\s*(?:,[^,;]{0,150},)?\\s*(?:also\\s+)?$");
        unknownSubject = Pattern.compile("(?i)\\b" + ref.alternation("unnamed-source") + UNKNOWN_SUBJECT_TAIL);
    }

    private static final class Draft {
        PersonRecord speaker;
        int start;
        int end;
        String kind;
        String rule;
        double confidence;
        Set<String> topics = new LinkedHashSet<>();
        Sentence sentence;
        int contentStart = -1;
    }

    /** Who speaks, and where: [start, end) is the evidence, [contentStart, end) the view itself (for the text field). */
    private record Attribution(PersonRecord speaker, boolean pronoun, boolean unknown, int start, int end, String rule, int contentStart) {

        Attribution(PersonRecord speaker, boolean pronoun, boolean unknown, int start, int end, String rule) {
            this(speaker, pronoun, unknown, start, end, rule, start);
        }
    }

    public List<StatementRef> extract(AnalyzedText doc, DocumentLayout layout, PersonRegistry people, List<SummitRef> summits,
                                      String dominant) {
        String text = doc.text();
        PersonRecord author = null;
        if (!layout.authors().isEmpty()) {
            for (PersonRecord p : people.people()) {
                for (Span m : p.mentions()) {
                    if (m.start() == layout.authors().get(0).start()) {
                        author = p;
                    }
                }
            }
        }
        Map<String, PersonRecord> leadersByCountry = leadersByCountry(people);
        Map<Integer, Attribution> attributions = new java.util.HashMap<>();
        Map<Integer, List<Sentence>> unitsByParagraph = new java.util.HashMap<>();
        for (Paragraph p : doc.paragraphs()) {
            if (layout.isBody(p.index())) {
                unitsByParagraph.put(p.index(), units(doc, p));
            }
        }
        for (List<Sentence> us : unitsByParagraph.values()) {
            for (Sentence s : us) {
                Attribution a = attribution(text, s, people, leadersByCountry);
                if (a != null) {
                    attributions.put(s.index(), a);
                }
            }
        }
        boolean authorial = author != null && essayLike(doc, layout, attributions);
        List<Draft> drafts = new ArrayList<>();
        PersonRecord lastSpeaker = null;
        for (Paragraph p : doc.paragraphs()) {
            if (!layout.isBody(p.index())) {
                continue;
            }
            PersonRecord blockSpeaker = null;
            Draft head = null;
            List<String> frame = List.of();
            PersonRecord turnSpeaker = null;
            PersonRecord lastMentioned = null;
            PersonRecord lastSubject = null;
            Matcher turn = TURN.matcher(p.text());
            if (turn.find()) {
                // interview transcript: "Smith: ..." - the whole answer is the named speaker's
                PersonRecord t = people.resolveName(turn.group(1));
                if (t == null) {
                    continue; // the interviewer's question
                }
                blockSpeaker = t;
                lastSpeaker = t;
                turnSpeaker = t;
            }
            for (Sentence s : unitsByParagraph.get(p.index())) {
                Matcher fm = FRAME.matcher(s.text());
                boolean framed = fm.find();
                Attribution a = attributions.get(s.index());
                if (framed) {
                    frame = topics.clearTopics(text, s.start() + fm.start(1), s.start() + fm.end(1));
                } else if (a != null && !a.pronoun()) {
                    frame = List.of(); // a new speaker starts a new subject
                }
                List<String> own = topics.clearTopics(text, s.start(), s.end());
                Draft d = null;
                if (a != null && a.unknown()) {
                    blockSpeaker = null; // someone unnamed speaks: later sentences are not the previous speaker's
                    head = null;
                    continue;
                }
                if (a != null) {
                    // in an interview answer "I" is the speaker, so "he said" is about the last person mentioned
                    // "X, a fellow at Y, offered a view. Z, he said, ...": "he" is the subject of the sentences before
                    PersonRecord sp = !a.pronoun() ? a.speaker()
                            : turnSpeaker != null && lastMentioned != null ? lastMentioned
                            : lastSubject != null ? lastSubject
                            : blockSpeaker != null ? blockSpeaker : lastSpeaker;
                    if (sp != null) {
                        d = draft(sp, a.start(), a.end(), quoted(text, a.start(), a.end()) ? "quote" : "reported", a.rule(), 0.8, s);
                        d.contentStart = Math.max(d.start, a.contentStart());
                        blockSpeaker = sp;
                        lastSpeaker = sp;
                        head = d;
                    }
                } else if (s.text().trim().endsWith("?")) {
                    continue;
                } else if (turnSpeaker != null) {
                    d = draft(turnSpeaker, s.start(), s.end(), "quote", "statement.interview-turn", 0.7, s);
                } else if (blockSpeaker != null) {
                    d = draft(blockSpeaker, s.start(), s.end(), "continued", "statement.continued", 0.6, s);
                    if (head != null) {
                        head.topics.addAll(own);
                    }
                } else if (authorial && s.tokens().size() >= 5) {
                    d = draft(author, s.start(), s.end(), "authorial", "statement.authorial", 0.5, s);
                }
                PersonRecord m = lastMentionIn(people.mentionIndex(), s, turnSpeaker);
                if (m != null) {
                    lastMentioned = m;
                }
                PersonRecord subj = firstMention(people.mentionIndex(), s, s.end());
                if (subj != null && startsSentence(people.mentionIndex(), s, subj)) {
                    lastSubject = subj;
                } else if (d != null && !"continued".equals(d.kind) && !"authorial".equals(d.kind)) {
                    lastSubject = d.speaker;
                }
                if (d == null) {
                    continue;
                }
                d.topics.addAll(own);
                if (own.isEmpty()) {
                    if (!frame.isEmpty()) {
                        d.topics.addAll(frame);
                    } else if ("continued".equals(d.kind) && head != null && head != d) {
                        d.topics.addAll(topics.clearTopics(text, head.sentence.start(), head.sentence.end()));
                    }
                }
                if (d.topics.isEmpty()) {
                    // a view with no topic words of its own is about what its paragraph is about
                    d.topics.addAll(topics.leadingTopic(text, p.start(), p.end()));
                }
                if (d.topics.isEmpty() && turnSpeaker != null && p.index() > 0) {
                    // an interview answer is about what the question asked
                    Paragraph q = doc.paragraphs().get(p.index() - 1);
                    d.topics.addAll(topics.clearTopics(text, q.start(), q.end()));
                }
                if (d.topics.isEmpty() && dominant != null) {
                    d.topics.add(dominant); // a view with no topic words of its own is about what the article is about
                }
                drafts.add(d);
            }
        }
        List<StatementRef> out = new ArrayList<>();
        int n = 0;
        for (Draft d : drafts) {
            String ev = text.substring(d.start, d.end);
            String view = d.contentStart > d.start && d.contentStart < d.end ? text.substring(d.contentStart, d.end) : ev;
            String summit = summitOf(d.sentence, summits);
            out.add(new StatementRef("st-" + (++n), new SpeakerRef(d.speaker.id(), d.speaker.name()), List.copyOf(d.topics),
                    summit, view.replaceAll("\\s+", " ").replaceAll("[.\\s]+$", ""), new Span(d.start, d.end, ev), d.kind, d.confidence, d.rule));
        }
        return out;
    }

    private static final Pattern DATELINE = Pattern.compile("^\\p{Lu}[\\p{Lu} .,'-]{2,40}(?:\\([^)]{1,40}\\))?\\s*[—–-]");

    /**
     * Whether unattributed sentences are the author's own views: an essay or op-ed (bio, no dateline, few
     * attributed speakers), not a news report (dateline, or mostly attributed speech).
     */
    /**
     * Sentences of a paragraph, split further at semicolons outside quotations, so "A demanded X; B insisted Y"
     * gives two statements. Units get their own index (sentence index * 100 + part).
     */
    private static List<Sentence> units(AnalyzedText doc, Paragraph p) {
        List<Sentence> out = new ArrayList<>();
        for (Sentence s : doc.sentencesOf(p.index())) {
            String t = s.text();
            List<Integer> cuts = new ArrayList<>();
            boolean inQuote = false;
            for (int i = 0; i < t.length(); i++) {
                char c = t.charAt(i);
                if (c == '“' || c == '”' || c == '"') {
                    inQuote = c == '“' || (c == '"' && !inQuote);
                }
                if (c == ';' && !inQuote && i + 1 < t.length()) {
                    cuts.add(i);
                }
            }
            if (cuts.isEmpty()) {
                out.add(new Sentence(s.index() * 100, s.start(), s.end(), t, s.paragraph(), s.tokens()));
                continue;
            }
            int from = 0;
            cuts.add(t.length());
            int part = 0;
            for (int cut : cuts) {
                int a = from;
                while (a < cut && Character.isWhitespace(t.charAt(a))) {
                    a++;
                }
                int absStart = s.start() + a;
                int absEnd = s.start() + cut;
                List<Token> toks = new ArrayList<>();
                for (Token k : s.tokens()) {
                    if (k.start() >= absStart && k.end() <= absEnd) {
                        toks.add(k);
                    }
                }
                if (absEnd > absStart && !toks.isEmpty()) {
                    out.add(new Sentence(s.index() * 100 + part++, absStart, absEnd, t.substring(a, cut), s.paragraph(), List.copyOf(toks)));
                }
                from = cut + 1;
            }
        }
        return out;
    }

    private boolean essayLike(AnalyzedText doc, DocumentLayout layout, Map<Integer, Attribution> attributions) {
        int body = 0;
        int attributed = 0;
        for (Paragraph p : doc.paragraphs()) {
            if (!layout.isBody(p.index())) {
                continue;
            }
            if (p.index() == layout.bodyStart() && DATELINE.matcher(p.text()).find()) {
                return false;
            }
            for (Sentence s : doc.sentencesOf(p.index())) {
                body++;
                if (attributions.containsKey(s.index() * 100)) {
                    attributed++;
                }
            }
        }
        return layout.bioParagraph() >= 0 || attributed * 4 < body;
    }

    /** Heads of state and government by country, from their roles (for "the Soviet leader said"). */
    private static Map<String, PersonRecord> leadersByCountry(PersonRegistry people) {
        Map<String, PersonRecord> out = new java.util.HashMap<>();
        for (PersonRecord p : people.people()) {
            for (io.summittracker.events.extraction.Role r : p.roles()) {
                if (r.organization() != null && r.title().matches("(?i).*\\b(president|leader|general secretary|premier|first secretary)\\b.*")
                        && !r.title().matches("(?i).*\\bvice\\b.*") && !r.former()) {
                    out.putIfAbsent(r.organization(), p);
                }
            }
        }
        return out;
    }

    private static String summitOf(Sentence s, List<SummitRef> summits) {
        for (SummitRef r : summits) {
            for (Span m : r.mentions()) {
                if (m.start() >= s.start() && m.end() <= s.end()) {
                    return r.id();
                }
            }
        }
        return summits.size() == 1 ? summits.get(0).id() : null;
    }

    private Draft draft(PersonRecord sp, int start, int end, String kind, String rule, double conf, Sentence s) {
        Draft d = new Draft();
        d.speaker = sp;
        int[] t = trim(s, start, end);
        d.start = t[0];
        d.end = t[1];
        d.kind = kind;
        d.rule = rule;
        d.confidence = conf;
        d.sentence = s;
        return d;
    }

    /** Trims spaces and trailing punctuation, and caps the evidence below 800 characters. */
    private static int[] trim(Sentence s, int start, int end) {
        String text = s.text();
        int a = Math.max(start, s.start());
        int b = Math.min(end, s.end());
        while (a < b && " ,:;-–—".indexOf(text.charAt(a - s.start())) >= 0) {
            a++;
        }
        while (b > a && " ,;:".indexOf(text.charAt(b - 1 - s.start())) >= 0) {
            b--;
        }
        if (b - a > MAX_EVIDENCE) {
            int cut = text.lastIndexOf(' ', a - s.start() + MAX_EVIDENCE);
            b = cut > 0 ? s.start() + cut : a + MAX_EVIDENCE;
        }
        return new int[]{a, b};
    }

    private static boolean quoted(String text, int start, int end) {
        String ev = text.substring(start, end);
        return ev.contains("“") || ev.contains("\"");
    }

    private static final Pattern QUOTE = Pattern.compile("[“\"]([^”\"]{2,})[”\"]");
    private static final String UNKNOWN_SUBJECT_TAIL = "(?:\\s+(?:who|that)\\b[^,;]{0,60})?\\s*(?:,[^,;]{0,150},)?\\s*(?:also\\s+)?$";

    private Attribution attribution(String text, Sentence s, PersonRegistry people, Map<String, PersonRecord> leadersByCountry) {
        Map<Integer, PersonRecord> index = people.mentionIndex();
        // "according to X[, appositive,] ..."
        Matcher at = ACCORDING_TO.matcher(text).region(s.start(), s.end());
        if (at.find()) {
            PersonRecord p = index.get(at.end());
            Span m = p == null ? null : mentionAt(p, at.end());
            if (p != null && m != null) {
                int evStart = s.start();
                int evEnd = s.end();
                if (at.start() - s.start() < 3) {
                    int comma = text.indexOf(',', m.end());
                    if (comma > 0 && comma < s.end()) {
                        String rest = text.substring(comma + 1, s.end()).trim();
                        if (roles.startsWithRole(rest)) {
                            int comma2 = text.indexOf(',', comma + 1);
                            comma = comma2 > 0 && comma2 < s.end() ? comma2 : comma;
                        }
                        evStart = comma + 1;
                    }
                }
                return new Attribution(p, false, false, evStart, evEnd, "statement.according-to");
            }
        }
        List<int[]> quotes = new ArrayList<>();
        Matcher q = QUOTE.matcher(text).region(s.start(), s.end());
        while (q.find()) {
            quotes.add(new int[]{q.start(1), q.end(1), q.start(), q.end()});
        }
        List<Token> toks = s.tokens();
        for (int k = 0; k < toks.size(); k++) {
            Token verb = toks.get(k);
            if (!ref.isReportingVerb(verb.text()) || !Character.isLowerCase(verb.text().charAt(0)) || insideQuote(quotes, verb.start())) {
                continue;
            }
            String kind = ref.reportingVerbKind(verb.text());
            if (kind.equals("that") && !COMPLEMENT.matcher(text.substring(verb.end(), Math.min(s.end(), verb.end() + 80))).lookingAt()) {
                continue; // "announced the postponement" is an act, "announced that ..." a statement
            }
            PersonRecord speaker = null;
            boolean pronoun = false;
            int subjStart = -1;
            String rule = "statement.reporting-verb";
            if (kind.equals("participle")) {
                // "..., telling X that ...": the subject of the main clause speaks
                PersonRecord subj = firstMention(index, s, verb.start());
                if (subj != null) {
                    speaker = subj;
                    subjStart = verb.start();
                    rule = "statement.participle";
                }
            }
            // subject before the verb: a person mention or he/she
            for (int j = k - 1; j >= 0 && speaker == null; j--) {
                Token t = toks.get(j);
                PersonRecord p = index.get(t.start());
                boolean pr = PRONOUNS.contains(t.text());
                if (p == null && !pr) {
                    continue;
                }
                int subjEnd = p != null ? mentionAt(p, t.start()).end() : t.end();
                if (subjEnd > verb.start()) {
                    continue;
                }
                if (VERB_GAP.matcher(text.substring(subjEnd, verb.start())).matches()) {
                    speaker = p;
                    pronoun = pr;
                    subjStart = t.start();
                    if (pr) {
                        // "Reagan flew home, where he told ...": the pronoun takes the subject of the clause before;
                        // "The premier, he said, had ...": a parenthetical pronoun is the current speaker
                        String lead = text.substring(s.start(), t.start());
                        speaker = CLAUSE_LINK.matcher(lead).find() ? nearestMentionBefore(index, s, t.start()) : null;
                        pronoun = speaker == null;
                        rule = "statement.pronoun-verb";
                    }
                }
                break;
            }
            // inverted: '"...," said X'
            if (speaker == null && !pronoun && k + 1 < toks.size()) {
                PersonRecord p = index.get(toks.get(k + 1).start());
                if (p != null) {
                    speaker = p;
                    subjStart = verb.start();
                    rule = "statement.inverted";
                }
            }
            String before = text.substring(s.start(), verb.start());
            if (speaker == null && !pronoun) {
                // "Obama called the signing ... but said ...": the sentence's subject, if no one else is named before the verb
                PersonRecord first = firstMention(index, s, verb.start());
                if (first != null && mentionsBefore(index, s, verb.start()) == 1 && startsSentence(index, s, first)) {
                    speaker = first;
                    subjStart = verb.start();
                    rule = "statement.sentence-subject";
                }
            }
            if (speaker == null && !pronoun) {
                Matcher dm = descriptor.matcher(before);
                if (dm.find()) {
                    speaker = leadersByCountry.get(ref.country(dm.group(1) == null ? "United States" : dm.group(1).replaceAll("'s$", "")));
                    subjStart = s.start() + dm.start();
                    rule = "statement.descriptor";
                }
            }
            if (speaker == null && !pronoun) {
                if (unknownSubject.matcher(before).find()) {
                    return new Attribution(null, false, true, s.start(), s.end(), "statement.unknown-speaker");
                }
                continue;
            }
            // a quotation next to the attribution is the evidence
            for (int[] qt : quotes) {
                boolean quoteBefore = qt[3] <= subjStart && text.substring(qt[3], subjStart).trim().length() <= 60
                        && !text.substring(qt[3], subjStart).contains("“");
                boolean quoteAfter = qt[2] >= verb.end() && text.substring(verb.end(), qt[2]).trim().matches("[,:]?|that|,? ?(?:adding|saying)");
                if (quoteBefore || quoteAfter) {
                    return new Attribution(speaker, pronoun, false, qt[0], qt[1], rule + ".quote");
                }
            }
            if (subjStart < 0) {
                subjStart = verb.start();
            }
            String before2 = text.substring(s.start(), subjStart).trim();
            String after = text.substring(verb.end(), s.end());
            Matcher cs = CLAUSE_START.matcher(after);
            int clause = verb.end() + (cs.lookingAt() ? cs.end() : 0);
            if (rule.equals("statement.inverted")) {
                Span m = mentionAt(speaker, toks.get(k + 1).start());
                clause = m.end();
                int comma = text.indexOf(',', clause);
                if (comma >= 0 && comma < s.end() && text.startsWith(",", clause)) {
                    int next = text.indexOf(',', comma + 1);
                    clause = next > 0 && next < s.end() ? next + 1 : s.end();
                }
                int end = s.start() + text.substring(s.start(), verb.start()).lastIndexOf(',');
                return new Attribution(speaker, false, false, s.start(), end > s.start() ? end : verb.start(), rule);
            }
            int clauseWords = text.substring(clause, s.end()).trim().split("\\s+").length;
            boolean parenthetical = (before2.endsWith(",") || before2.matches("(?s).*,\\s*as$"))
                    && after.trim().startsWith(",");
            if (clauseWords >= 4 && !parenthetical) {
                // the whole clause: gold conventions differ on whether "X said that" belongs to the evidence
                return new Attribution(speaker, pronoun, false, s.start(), s.end(), rule, clause);
            }
            if (clauseWords < 4 && before2.length() > 20) {
                // "..., X stressed." - the view comes first
                int end = s.start() + text.substring(s.start(), subjStart).lastIndexOf(',');
                return new Attribution(speaker, pronoun, false, s.start(), end > s.start() ? end : subjStart, rule + ".trailing");
            }
            if (parenthetical) {
                int comma = text.indexOf(',', verb.end());
                String lead = before2.replaceAll("(?s),?\\s*(?:as)?$", "");
                int evStart = lead.split("\\s+").length <= 3 ? comma + 1 : s.start();
                return new Attribution(speaker, pronoun, false, evStart, s.end(), rule + ".parenthetical");
            }
        }
        return null;
    }

    private static final Pattern COMPLEMENT = Pattern.compile("^\\s*(?:[\\w.’'-]+\\s+){0,5}?(?:that\\b|as\\s+[“\"]|[“\"]|:)");
    private static final Pattern CLAUSE_LINK = Pattern.compile("(?i)\\b(?:where|when|and|but|after|because|while|before|as)\\s*$");

    private static PersonRecord lastMentionIn(Map<Integer, PersonRecord> index, Sentence s, PersonRecord except) {
        PersonRecord last = null;
        for (Token t : s.tokens()) {
            PersonRecord p = index.get(t.start());
            if (p != null && p != except) {
                last = p;
            }
        }
        return last;
    }

    private static PersonRecord firstMention(Map<Integer, PersonRecord> index, Sentence s, int before) {
        for (Token t : s.tokens()) {
            if (t.start() >= before) {
                break;
            }
            PersonRecord p = index.get(t.start());
            if (p != null) {
                return p;
            }
        }
        return null;
    }

    private static int mentionsBefore(Map<Integer, PersonRecord> index, Sentence s, int before) {
        int n = 0;
        for (Token t : s.tokens()) {
            if (t.start() >= before) {
                break;
            }
            if (index.get(t.start()) != null) {
                n++;
            }
        }
        return n;
    }

    /** The person is named within the first few words (the sentence's subject, not an object). */
    private static boolean startsSentence(Map<Integer, PersonRecord> index, Sentence s, PersonRecord p) {
        List<Token> toks = s.tokens();
        for (int i = 0; i < toks.size() && i < 4; i++) {
            if (index.get(toks.get(i).start()) == p) {
                return true;
            }
        }
        return false;
    }

    private static boolean insideQuote(List<int[]> quotes, int pos) {
        for (int[] q : quotes) {
            if (pos >= q[2] && pos < q[3]) {
                return true;
            }
        }
        return false;
    }

    /** The person mentioned last before this offset in the sentence ("Reagan flew home, where he told ..."). */
    private static PersonRecord nearestMentionBefore(Map<Integer, PersonRecord> index, Sentence s, int pos) {
        PersonRecord best = null;
        for (Token t : s.tokens()) {
            if (t.start() >= pos) {
                break;
            }
            PersonRecord p = index.get(t.start());
            if (p != null) {
                best = p;
            }
        }
        return best;
    }

    private static Span mentionAt(PersonRecord p, int start) {
        for (Span m : p.mentions()) {
            if (m.start() == start) {
                return m;
            }
        }
        return null;
    }
}
