package io.summittracker.ingest.extraction.outcomes;

import io.summittracker.events.extraction.OutcomeRef;
import io.summittracker.events.extraction.Span;
import io.summittracker.events.extraction.SummitRef;
import io.summittracker.ingest.extraction.document.DocumentLayout;
import io.summittracker.ingest.extraction.reference.OutcomeCue;
import io.summittracker.ingest.extraction.reference.ReferenceData;
import io.summittracker.ingest.extraction.text.AnalyzedText;
import io.summittracker.ingest.extraction.text.Sentence;
import io.summittracker.ingest.extraction.topics.TopicTagger;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what summits produced: a sentence with an outcome cue (outcome-cues.tsv: "agreed to", "agreement on",
 * "agreed in principle", "proposed", "rejected", "failed to reach") whose object can be read, linked to a summit
 * named in the sentence or, when the sentence speaks of the leaders/sides/summit, to the article's main summit.
 * Proposals and rejections need a state actor as subject, so that "X suggested that ..." (reported speech) is not one.
 */
public final class OutcomeExtractor {
    private static final Pattern OBJECT_AFTER = Pattern.compile("^\\s*(?:(?:to|on|upon|that)\\s+)?");
    private static final Pattern ON_LATER = Pattern.compile("\\s(?:on|to)\\s+");
    private static final Pattern SELF_OBJECT = Pattern.compile("(?i)^(?:(?:this|the|a|that|their|an)\\s+(?:meeting|summit|visit|offer|invitation|talks)|meeting|summit|talks)\\b");
    private static final Pattern SELF_DETERMINED = Pattern.compile("(?i)^(?:this|the|a|that|their|an)\\s");
    /** "since the treaty was signed ...": background from an earlier time, not this summit's outcome. */
    private static final Pattern BACKGROUND_BEFORE = Pattern.compile("(?i)\\b(?:since|until|ever since)\\s+[^,;.]{0,60}$");
    private static final int MAX_TEXT = 200;
    /** "the sides should agree ...", "Washington must propose ...": an opinion about what to do, not an outcome. */
    private static final Pattern MODAL_BEFORE = Pattern.compile("(?i)\\b(?:will|would|may|might|could|can|to|should|must|ought to|need to|needs to)\\s+(?:\\w+\\s+)?$");
    private static final Pattern ANAPHOR = Pattern.compile("(?i)(?:it|this|that|them|these|those|the (?:idea|plan|proposal|offer|demand|linkage))(?:\\s+\\w+)?");
    /** Word stems every outcome cue contains one of (keeps the cue regexes off most sentences). */
    private static final List<String> TRIGGERS = List.of("agree", "accord", "deal", "sign", "reject", "refus", "turned down",
            "dismiss", "veto", "propos", "offer", "put forward", "suggest", "promis", "called for", "press", "fail", "not ", "n't",
            "unable", "no ", "nor ", "without", "within sight", "short of", "left open", "unresolved", "principle", "commit",
            "pledg", "instructed", "accept", "conclud", "reached", "struck", "initial", "adopt", "issued", "released", "set up",
            "establish", "launch", "creat", "reaffirm", "elud", "escap", "treaty", "understanding", "undert", "ratification",
            "minds", "announc", "exchanged", "disagreement", "deadlock", "impasse", "stalemate", "negotiators", "framework", "provisions", "turned", "turns");
    private static final Pattern DEADLINE = Pattern.compile("(?i)\\b(?:for|before|ahead of|until|by)\\s+(?:a|the|their)\\s+(?:next\\s+|new\\s+)?(?:summit|meeting|visit)\\s+(?:in|at|to)\\s+$");
    private static final Pattern PRONOUN_SUBJECT = Pattern.compile("(?:^|\\s)(?:He|She|he|she)\\s+$");
    private final Pattern noThing;
    private static final String NO_THING_TAIL = "(?:\\s+(?:on|for|over|about)\\s+[\\w -]{2,60}?)?)\\s+(?:was|were|has|had|emerged|resulted)";
    private static final Pattern ALSO_AGREED = Pattern.compile("(?i)\\b(?:also|further|likewise)\\s+agreed\\b");

    private final ReferenceData ref;
    private final TopicTagger topics;
    /** Words that tie a sentence to the article's summit (vocabulary.tsv: outcome-context). */
    private final Pattern contextWords;
    /** A party that can propose or reject (vocabulary.tsv: state-actor). */
    private final Pattern stateActor;
    /** A cue ending in the thing agreed (vocabulary.tsv: agreement-noun). */
    private final Pattern agreementNounEnd;
    /** Commentators shortly before a cue: an opinion, not an outcome (vocabulary.tsv: non-actor). */
    private final Pattern nonActor;

    public OutcomeExtractor(ReferenceData ref, TopicTagger topics) {
        this.ref = ref;
        this.topics = topics;
        contextWords = Pattern.compile("(?i)\\b" + ref.alternation("outcome-context") + "\\b");
        stateActor = Pattern.compile("(?i)\\b" + ref.alternation("state-actor") + "\\b");
        agreementNounEnd = Pattern.compile("(?i)" + ref.alternation("agreement-noun") + "$");
        nonActor = Pattern.compile("(?i)\\b" + ref.alternation("non-actor") + "\\b[^.;]{0,30}$");
        noThing = Pattern.compile("(?i)\\bno\\s+(" + ref.alternation("missing-outcome") + NO_THING_TAIL);
    }

    public List<OutcomeRef> extract(AnalyzedText doc, DocumentLayout layout, List<SummitRef> summits, List<String> leaderSurnames) {
        List<OutcomeRef> out = new ArrayList<>();
        if (summits.isEmpty()) {
            return out;
        }
        String text = doc.text();
        SummitRef main = mainSummit(summits);
        Sentence prev = null;
        for (Sentence s : doc.sentences()) {
            if (!layout.isBody(s.paragraph())) {
                continue;
            }
            OutcomeRef o = outcome(text, s, prev, summits, main, leaderSurnames, out.size() + 1,
                    out.isEmpty() ? null : out.get(out.size() - 1), doc.paragraphs().get(s.paragraph()).start());
            if (o != null) {
                out.add(o);
            }
            prev = s;
        }
        return out;
    }

    private OutcomeRef outcome(String text, Sentence s, Sentence prev, List<SummitRef> summits, SummitRef main,
                               List<String> leaderSurnames, int n, OutcomeRef previous, int paragraphStart) {
        String st = s.text();
        if (st.trim().endsWith("?")) {
            return null; // a question asks, it does not report an outcome
        }
        String lower = st.toLowerCase(java.util.Locale.ROOT);
        if (TRIGGERS.stream().noneMatch(lower::contains)) {
            return null; // cheap pre-filter: no word any cue contains
        }
        for (OutcomeCue cue : ref.outcomeCues()) {
            Matcher m = cue.pattern().matcher(st);
            if (!m.find()) {
                continue;
            }
            String status = cue.status();
            String before = st.substring(0, m.start());
            boolean negativeCue = m.group().matches("(?is)^(?:no|nor|without)\\b.*");
            if ((!negativeCue && MODAL_BEFORE.matcher(before).find()) || nonActor.matcher(before).find() || BACKGROUND_BEFORE.matcher(before).find()) {
                continue; // "the sides should agree", "the panellists agreed that ...": not a summit's outcome
            }
            boolean needsActor = status.equals("proposed") || status.equals("rejected");
            if (needsActor) {
                String window = before.substring(Math.max(0, before.length() - 60));
                boolean actor = stateActor.matcher(window).find();
                // "He proposed ...": a pronoun right after a sentence about a leader
                if (!actor && PRONOUN_SUBJECT.matcher(window).find()) {
                    String context = text.substring(paragraphStart, s.start() + m.start());
                    for (String sn : leaderSurnames) {
                        actor |= context.contains(sn);
                    }
                }
                for (String sn : leaderSurnames) {
                    if (window.matches("(?s).*\\b" + Pattern.quote(sn) + "\\b.*")) {
                        actor = true;
                    }
                }
                if (!actor || (m.group().toLowerCase().startsWith("suggested") && st.substring(m.end()).trim().startsWith("that"))) {
                    continue;
                }
            }
            int a = s.start();
            String object;
            if (agreementNounEnd.matcher(m.group()).find()) {
                // "signed a new arms treaty (on X)": the agreement itself, plus what it is about
                String np = m.group().replaceFirst("(?i)^\\s*\\S+\\s+", "");
                String more = st.substring(m.end());
                Matcher about = Pattern.compile("^\\s+(?:on|to|for|between|limiting|banning)\\s+[^,;.]+").matcher(more);
                object = np + (about.find() ? about.group() : "");
            } else {
                int objStart = objectStart(st, m);
                if (objStart < 0) {
                    continue; // "the agreements achieved in Helsinki ...": no content named
                }
                object = objectText(st.substring(objStart));
            }
            if (status.equals("not-reached") && object.split("\\s+").length < 2 && noThing.matcher(m.group()).find()) {
                Matcher nt = noThing.matcher(m.group());
                nt.find();
                object = nt.group(1); // "No agreement on Afghanistan was reached": the thing not reached
            }
            // "accepted the invitation", "agreed to the meeting": the summit itself, not what it produced
            // ("agreed that talks on X should continue" names content and stays)
            boolean selfObject = SELF_OBJECT.matcher(object).find()
                    && (object.split("\\s+").length <= 3 || SELF_DETERMINED.matcher(object).find());
            if (object.split("\\s+").length < 2 || selfObject || ANAPHOR.matcher(object).matches()) {
                if (object.split("\\s+").length >= 2 && selfObject) {
                    continue;
                }
                // "Reagan refused.": what was refused is in the sentence before
                boolean opensSentence = before.trim().split("\\s+").length <= 4;
                if (opensSentence && prev != null && prev.paragraph() == s.paragraph()) {
                    object = prev.text().replaceAll("\\s+", " ").trim();
                    a = prev.start();
                } else if (!status.equals("agreed") && !opensSentence) {
                    object = st.trim().replaceAll("[.]+$", "");
                } else if (!status.equals("agreed")) {
                    continue;
                } else {
                    object = st.trim();
                }
            }
            SummitRef summit = summitIn(s, summits);
            if (summit == null && (contextWords.matcher(st).find() || (prev != null && prev.paragraph() == s.paragraph() && summitIn(prev, summits) != null)
                    || dominant(main, summits) || namesLeaderOf(st, main))) {
                summit = main;
            }
            if (summit == null) {
                continue;
            }
            if (status.equals("agreed") && ALSO_AGREED.matcher(st).find() && previous != null && previous.summitId().equals(summit.id())
                    && prev != null && previous.evidence() != null && previous.evidence().start() >= prev.start()) {
                status = previous.status(); // "They also agreed ..." continues the previous outcome's status
            }
            List<String> t = topics.clearTopics(text, s.start() + Math.max(0, st.indexOf(object)), s.start() + Math.max(0, st.indexOf(object)) + Math.min(object.length(), st.length()));
            if (t.isEmpty()) {
                t = topics.clearTopics(text, s.start(), s.end());
            }
            if (t.isEmpty() && prev != null && prev.paragraph() == s.paragraph()) {
                t = topics.clearTopics(text, prev.start(), prev.end());
            }
            int b = s.end();
            while (b > a && " .;".indexOf(text.charAt(b - 1)) >= 0) {
                b--;
            }
            double conf = needsActor ? 0.6 : 0.75;
            return new OutcomeRef("oc-" + n, summit.name(), summit.id(), object, status, List.copyOf(t),
                    new Span(a, b, text.substring(a, b)), conf, "outcome.cue." + status);
        }
        return null;
    }

    private static boolean namesLeaderOf(String sentence, SummitRef summit) {
        for (String l : summit.leaders()) {
            if (sentence.contains(l.substring(l.lastIndexOf(' ') + 1))) {
                return true;
            }
        }
        return false;
    }

    /** One summit clearly dominates the article (or is the only one). */
    private static boolean dominant(SummitRef main, List<SummitRef> summits) {
        for (SummitRef r : summits) {
            if (r != main && weight(r) * 2 > weight(main)) {
                return false;
            }
        }
        return true;
    }

    /** Where the agreed/proposed thing starts: right after the cue, or after a later "on"/"to" ("agreements reached between A and B on X"). */
    private static int objectStart(String st, Matcher m) {
        String cueText = m.group().trim();
        if (cueText.matches("(?is).*\\b(to|on|upon|that)$")) {
            return m.end();
        }
        if (cueText.matches("(?is).*\\b(between|by|at|in)$")) {
            Matcher on = ON_LATER.matcher(st).region(m.end(), st.length());
            return on.find() && on.start() - m.end() < 120 ? on.end() : -1;
        }
        Matcher o = OBJECT_AFTER.matcher(st).region(m.end(), st.length());
        int p = o.lookingAt() ? o.end() : m.end();
        return p < st.length() ? p : -1;
    }

    private static String objectText(String rest) {
        String r = rest.replaceFirst("^(?:to|on|upon|that)\\s+", "");
        int cut = r.length();
        for (String stop : new String[]{",", ";", " - ", " – ", " — ", ". ", "?"}) {
            int i = r.indexOf(stop);
            if (i >= 0 && i < cut) {
                cut = i;
            }
        }
        String o = r.substring(0, cut).trim().replaceAll("[.\"”’]+$", "");
        return o.length() > MAX_TEXT ? o.substring(0, o.lastIndexOf(' ', MAX_TEXT)) : o;
    }

    /** The summit named in the sentence; "in time for a summit in X" names a deadline, not where it happened. */
    private static SummitRef summitIn(Sentence s, List<SummitRef> summits) {
        for (SummitRef r : summits) {
            for (Span m : r.mentions()) {
                if (m.start() >= s.start() && m.end() <= s.end()) {
                    String lead = s.text().substring(Math.max(0, m.start() - s.start() - 40), m.start() - s.start());
                    if (!DEADLINE.matcher(lead).find()) {
                        return r;
                    }
                }
            }
        }
        return null;
    }

    /** The summit the article is about: mentioned most, or dated by the article's publication. */
    private static SummitRef mainSummit(List<SummitRef> summits) {
        SummitRef best = summits.get(0);
        for (SummitRef r : summits) {
            if (weight(r) > weight(best)) {
                best = r;
            }
        }
        return best;
    }

    private static int weight(SummitRef r) {
        return r.mentions().size() + (r.rule().endsWith("publication-date") ? 5 : 0) + (r.rule().endsWith("bare-venue") ? -5 : 0);
    }
}
