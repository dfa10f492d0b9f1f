package io.summittracker.ingest.extraction.people;

import io.summittracker.events.extraction.Role;
import io.summittracker.events.extraction.Span;
import io.summittracker.ingest.extraction.document.DocumentLayout;
import io.summittracker.ingest.extraction.organizations.OrgMention;
import io.summittracker.ingest.extraction.organizations.OrganizationFinder;
import io.summittracker.ingest.extraction.reference.LeaderTerm;
import io.summittracker.ingest.extraction.reference.ReferenceData;
import io.summittracker.ingest.extraction.text.AnalyzedText;
import io.summittracker.ingest.extraction.text.Paragraph;
import io.summittracker.ingest.extraction.text.Sentence;
import io.summittracker.ingest.extraction.text.Token;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the people of a document and their roles:
 * bylines and author bios, capitalised names accepted by a given name or by context (title before, appositive
 * role after, reporting verb after, "according to" before), leaders from the reference list, then surname-only
 * back-references and spelling variants.
 */
public final class PeopleExtractor {
    private static final Pattern VERB_GAP = Pattern.compile("^\\s*(?:,[^;]{0,300}?,)?\\s*(?:(?:also|further|then|later|again|has|had|have|once|previously|recently|repeatedly|publicly|clearly|rightly|correctly|however|both)\\s+)*$");
    private static final Pattern WHO_AFTER = Pattern.compile(",\\s+who\\b");
    private static final Pattern ACCORDING_TO = Pattern.compile("(?i)\\baccording to\\s+$");

    private final ReferenceData ref;
    private final NameFinder names;
    private final RoleParser roles;
    private final OrganizationFinder orgs;

    public PeopleExtractor(ReferenceData ref, NameFinder names, RoleParser roles, OrganizationFinder orgs) {
        this.ref = ref;
        this.names = names;
        this.roles = roles;
        this.orgs = orgs;
    }

    /**
     * @param refDate the date the article is about (summit or publication), used to pick leaders' terms; may be null
     * @param roleOrgs receives organisations named in roles
     */
    public PersonRegistry extract(AnalyzedText doc, DocumentLayout layout, LocalDate refDate, List<OrgMention> roleOrgs,
                                  List<String> docOrgs) {
        String text = doc.text();
        PersonRegistry registry = new PersonRegistry();
        List<PersonRecord> authorRecords = new ArrayList<>();
        for (DocumentLayout.AuthorLine a : layout.authors()) {
            authorRecords.add(registry.addFullName(leaderName(a.name(), refDate), new Span(a.start(), a.end(), a.name()), 0.9, "person.byline"));
        }
        // bios: each sentence belongs to the author it names first ("Jane Doe is ... John Roe is ..."), else to the first author
        for (int b : layout.bios().stream().sorted().toList()) {
            PersonRecord current = authorRecords.isEmpty() ? null : authorRecords.get(0);
            for (Sentence s : doc.sentencesOf(b)) {
                int from = s.start();
                for (int k = 0; k < layout.authors().size(); k++) {
                    String name = layout.authors().get(k).name();
                    if (s.text().startsWith(name)) {
                        current = authorRecords.get(k);
                        from = s.start() + name.length();
                        registry.addMention(current, new Span(s.start(), from, name));
                    }
                }
                if (current != null) {
                    addRoles(current, text, from, s.end(), "role.author-bio", 0.85, roleOrgs);
                }
            }
        }
        List<NameCandidate> singles = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            if (!layout.isBody(s.paragraph()) && !layout.bios().contains(s.paragraph())) {
                continue;
            }
            for (NameCandidate c : names.find(s)) {
                if (c.namedChair()) {
                    continue;
                }
                if (c.words() == 1) {
                    singles.add(c);
                    continue;
                }
                String name = c.text().replaceAll("[’']s$", "");
                String leader = leaderName(name, refDate);
                boolean isLeader = !leader.equals(name) || isLeaderName(name);
                boolean official = official(name, refDate) != null;
                boolean given = ref.isGivenName(name.split("\\s+")[0]);
                int afterEnd = c.end();
                boolean appositive = text.startsWith(",", afterEnd) && roles.startsWithRole(text.substring(afterEnd + 1, Math.min(s.end(), afterEnd + 200)).trim());
                boolean verbAfter = reportingVerbAfter(s, c);
                // "X Y, who chairs ...": a relative "who" is said of people
                boolean who = WHO_AFTER.matcher(text.substring(afterEnd, Math.min(s.end(), afterEnd + 8))).lookingAt();
                boolean accordingTo = ACCORDING_TO.matcher(text.substring(Math.max(s.start(), c.start() - 20), c.start())).find();
                String titleBefore = titleBefore(text, s, c);
                if (!(isLeader || official || given || who || appositive || verbAfter || accordingTo || titleBefore != null || c.honorific())) {
                    continue;
                }
                double conf = isLeader ? 0.95 : given && (appositive || verbAfter) ? 0.9 : given ? 0.8 : 0.7;
                String rule = isLeader ? "person.leader-name" : given ? "person.given-name" : "person.context";
                PersonRecord p = registry.addFullName(leader, new Span(c.start(), c.start() + name.length(), name), conf, rule);
                p.leader |= isLeader;
                if (who && !appositive) {
                    int wEnd = appositiveEnd(text, afterEnd + 1, s.end());
                    addRoles(p, text, afterEnd + 1, wEnd, "role.relative-clause", 0.75, roleOrgs);
                }
                if (appositive) {
                    int aStart = afterEnd + 1;
                    int aEnd = appositiveEnd(text, aStart, s.end());
                    addRoles(p, text, aStart, aEnd, "role.appositive", 0.85, roleOrgs);
                }
                if (titleBefore != null) {
                    int tStart = c.start() - titleBefore.length();
                    addRoles(p, text, tStart, c.start(), "role.title-before-name", 0.8, roleOrgs);
                }
            }
        }
        for (NameCandidate c : singles) {
            String word = c.text().replaceAll("[’']s$", "");
            if (registry.atOffset(c.start()) != null || names.isFunctionWord(word)) {
                continue;
            }
            PersonRecord p = registry.resolveSurname(word);
            if (p == null) {
                LeaderTerm t = leaderBySurname(word, refDate);
                if (t != null) {
                    p = registry.addFullName(t.name(), null, 0.85, "person.leader-surname");
                    p.leader = true;
                }
            }
            if (p != null) {
                registry.addMention(p, new Span(c.start(), c.start() + word.length(), word));
                if (!word.equals(p.surname())) {
                    p.aliases.add(word);
                }
            }
        }
        for (PersonRecord p : registry.people()) {
            resolveBareOrganizations(p, docOrgs);
            if (p.leader) {
                addLeaderRole(p, refDate);
            } else {
                addOfficialRole(p, refDate);
            }
            if (p.mentions.isEmpty()) {
                continue;
            }
            p.mentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
        }
        registry.people().removeIf(p -> p.mentions.isEmpty());
        return registry;
    }

    private void addRoles(PersonRecord p, String text, int start, int end, String rule, double conf, List<OrgMention> roleOrgs) {
        for (ParsedRole r : roles.parse(text, start, end)) {
            boolean dup = p.roles.stream().anyMatch(x -> x.title().equalsIgnoreCase(r.title())
                    && java.util.Objects.equals(x.organization(), r.organization()));
            if (dup) {
                continue;
            }
            p.roles.add(new Role(r.title(), r.organization(), r.former(), r.period(),
                    new Span(r.start(), r.end(), text.substring(r.start(), r.end())), conf, rule));
            if (r.orgStart() >= 0) {
                roleOrgs.addAll(orgs.splitRoleOrganization(text, r.orgStart(), r.orgEnd()));
            }
        }
    }

    /** The appositive runs to the next comma (or the sentence end). */
    private static int appositiveEnd(String text, int from, int sentenceEnd) {
        int comma = text.indexOf(',', from);
        int end = comma < 0 || comma > sentenceEnd ? sentenceEnd : comma;
        while (end > from && ".;:".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return end;
    }

    private boolean reportingVerbAfter(Sentence s, NameCandidate c) {
        List<Token> toks = s.tokens();
        for (int k = c.lastToken() + 1; k < toks.size() && k <= c.lastToken() + 3; k++) {
            String t = toks.get(k).text();
            if (ref.isReportingVerb(t)) {
                return VERB_GAP.matcher(s.text().substring(c.end() - s.start(), toks.get(k).start() - s.start())).matches();
            }
        }
        return false;
    }

    /**
     * "Russian President", "U.S. Secretary of State", "White House spokesman", "former Foreign Minister" right
     * before the name: walks back over title words, demonyms, capitalised words and "of/the", stopping at
     * "and", punctuation or another name.
     */
    private String titleBefore(String text, Sentence s, NameCandidate c) {
        List<Token> toks = s.tokens();
        int k = c.firstToken() - 1;
        int first = -1;
        while (k >= 0) {
            String w = toks.get(k).text();
            boolean ok = ref.isTitleWord(w) || ref.country(w) != null || w.equals("of") || w.equals("former") || w.equals("then")
                    || (Character.isUpperCase(w.charAt(0)) && (!names.isFunctionWord(w) || ref.isKnownOrgWord(w)) && !ref.isGivenName(w))
                    || (w.equals("the") && first >= 0);
            if (!ok || toks.get(k + 1).start() - toks.get(k).end() > 1) {
                break;
            }
            first = k;
            k--;
        }
        while (first >= 0 && first < c.firstToken() && (toks.get(first).text().equals("of") || toks.get(first).text().equals("the"))) {
            first++;
        }
        if (first < 0 || first >= c.firstToken()) {
            return null;
        }
        String last = toks.get(c.firstToken() - 1).text();
        String phrase = text.substring(toks.get(first).start(), c.start());
        if (!ref.isTitleWord(last) && !phrase.toLowerCase(Locale.ROOT).matches(".*\\b(of state|of defen[cs]e|affairs|staff)\\s*$")) {
            return null;
        }
        if (!roles.startsWithRole(phrase.trim())) {
            return null;
        }
        return phrase;
    }

    private boolean isLeaderName(String name) {
        for (LeaderTerm t : ref.leaders()) {
            if (t.name().equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** Canonical leader name for a full name or alias ("George Bush" in 1990 -> "George H. W. Bush"), else the name. */
    String leaderName(String name, LocalDate refDate) {
        LeaderTerm best = null;
        for (LeaderTerm t : ref.leaders()) {
            if (t.name().equals(name) || (t.aliases().contains(name) && name.contains(" "))) {
                if (best == null || t.covers(refDate)) {
                    best = t;
                }
            }
        }
        return best == null ? name : best.name();
    }

    /** A leader whose surname this is and whose term fits the article's date. */
    LeaderTerm leaderBySurname(String word, LocalDate refDate) {
        LeaderTerm best = null;
        for (LeaderTerm t : ref.leaders()) {
            if (!(t.surname().equals(word) || t.aliases().contains(word))) {
                continue;
            }
            if (refDate != null && !t.coversYear(refDate.getYear())) {
                continue;
            }
            if (best == null || t.covers(refDate)) {
                best = t;
            }
        }
        return best;
    }

    /** A well-known official whose name this is and whose term is near the article's date. */
    LeaderTerm official(String name, LocalDate refDate) {
        LeaderTerm best = null;
        for (LeaderTerm t : ref.officials()) {
            if (t.name().equals(name) || t.aliases().contains(name)) {
                boolean near = refDate == null || (t.from().getYear() <= refDate.getYear() + 1
                        && (t.to() == null || t.to().getYear() >= refDate.getYear() - 1));
                if (near && (best == null || t.covers(refDate))) {
                    best = t;
                }
            }
        }
        return best;
    }

    /** Officials: roles the text gives without a body get the body they served; no role at all gets the reference one. */
    private void addOfficialRole(PersonRecord p, LocalDate refDate) {
        LeaderTerm t = official(p.name, refDate);
        if (t == null) {
            for (String a : p.aliases) {
                t = t == null && a.contains(" ") ? official(a, refDate) : t;
            }
        }
        if (t == null) {
            return;
        }
        fillMissingOrganization(p, t);
        if (p.roles.isEmpty()) {
            p.roles.add(new Role(t.title(), t.country(), refDate != null && t.to() != null && refDate.isAfter(t.to()), null, null,
                    0.6, "role.official-gazetteer"));
        }
    }

    /** "President Ronald Reagan" says no country: the reference term does. */
    private static void fillMissingOrganization(PersonRecord p, LeaderTerm t) {
        for (int i = 0; i < p.roles.size(); i++) {
            Role r = p.roles.get(i);
            if (r.organization() == null) {
                p.roles.set(i, new Role(r.title(), t.country(), r.former(), r.period(), r.evidence(), r.confidence(), r.rule()));
            }
        }
    }

    /** "senior fellow at the Council": a bare head word names the document's organisation with that head. */
    private static void resolveBareOrganizations(PersonRecord p, List<String> docOrgs) {
        for (int i = 0; i < p.roles.size(); i++) {
            Role r = p.roles.get(i);
            String org = r.organization();
            if (org == null) {
                continue;
            }
            String bare = org.replaceFirst("^(?:the|The)\\s+", "").replaceFirst("[’']s\\s+.*$", "");
            if (bare.matches("\\p{Lu}\\p{L}+")) {
                for (String o : docOrgs) {
                    if (!o.equals(bare) && o.matches(".*\\b" + java.util.regex.Pattern.quote(bare) + "\\b.*")) {
                        String resolved = org.replaceFirst(java.util.regex.Pattern.quote(bare), java.util.regex.Matcher.quoteReplacement(o));
                        p.roles.set(i, new Role(r.title(), resolved, r.former(), r.period(), r.evidence(), r.confidence(), r.rule()));
                        break;
                    }
                }
            }
        }
    }

    private void addLeaderRole(PersonRecord p, LocalDate refDate) {
        LeaderTerm best = null;
        for (LeaderTerm t : ref.leaders()) {
            if (t.name().equals(p.name) && (best == null || t.covers(refDate))) {
                best = t;
            }
        }
        if (best == null) {
            return;
        }
        final LeaderTerm term = best;
        fillMissingOrganization(p, term);
        boolean dup = p.roles.stream().anyMatch(r -> r.title().equalsIgnoreCase(term.title())
                || java.util.Objects.equals(r.organization(), term.country()));
        if (!dup) {
            p.roles.add(new Role(term.title(), term.country(), refDate != null && term.to() != null && refDate.isAfter(term.to()),
                    null, null, 0.7, "role.leader-gazetteer"));
        }
    }
}
