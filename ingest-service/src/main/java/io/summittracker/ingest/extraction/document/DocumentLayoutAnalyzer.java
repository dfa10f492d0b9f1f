package io.summittracker.ingest.extraction.document;

import io.summittracker.ingest.extraction.organizations.OrganizationFinder;
import io.summittracker.ingest.extraction.reference.ReferenceData;
import io.summittracker.ingest.extraction.summits.DateFinder;
import io.summittracker.ingest.extraction.summits.DateMention;
import io.summittracker.ingest.extraction.text.AnalyzedText;
import io.summittracker.ingest.extraction.text.Paragraph;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the top of an article the way a person does: the first line is the title, short lines that look like
 * a person's name are bylines, a paragraph right after a byline that starts with a position is the author's bio,
 * other short lines are header furniture (venue, date, organiser); the first real paragraph starts the body.
 */
public final class DocumentLayoutAnalyzer {
    private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{L}'’-]+|\\p{Lu}\\.");
    private static final Pattern BYLINE = Pattern.compile("^(?:By|by|BY|Author:|Authors:|Byline:|(?:(?:\\p{Lu}\\p{L}+\\s+){0,2}(?:prepared|written|reported|compiled|conducted)|Interview|Interviewed|Text|Words|Written|Reported|Compiled|Prepared|Story|Report|Analysis|Summary|Notes|Essay|Commentary)\\s+by)\\s+(.+)$");
    /** Where the names of a byline end: "By Jane Doe | March 2" , "By Jane Doe — Staff". */
    private static final Pattern BYLINE_END = Pattern.compile("\\s*(?:\\||\\s[—–-]\\s|;|\\().*$");
    /** "Jane Doe reviews ...": a review's byline. */
    private static final Pattern REVIEWER = Pattern.compile("^(\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}.'’-]*){1,3})\\s+(?:reviews|considers|on)\\s");
    /** "Jane Doe is a lecturer in ...": an author's bio line. */
    private static final Pattern BIO_LINE = Pattern.compile("^(\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}.'’-]*){1,3})\\s+(?:is|was|has been|serves as|served as)\\b");
    private static final Pattern BIO_START = Pattern.compile("^(?:Former|former|Is|is|Was|was|Currently|currently|He|She|An?\\s|The\\s|Senior|Professor|Dr\\.?|Director|Deputy|President|Research|Head|Chief|Editor|Ambassador|Fellow|Associate|Assistant|Lecturer|Analyst)\\b");
    private static final Pattern DATELINE_SOURCE = Pattern.compile("^[\\p{Lu}][\\p{Lu} .,'-]{2,40}\\(([^)]{2,40})\\)\\s*[-–—]");
    private static final Pattern PUBLISHED_BY = Pattern.compile("^(?:Published by|Publisher:|Source:|©|Copyright(?: ©)?)\\s*(?:\\d{4}\\s+)?([^.|]{3,80})", Pattern.CASE_INSENSITIVE);

    private static final Pattern MASTHEAD = Pattern.compile("^((?:The\\s+)?\\p{Lu}[\\p{L}&.'’-]*(?:\\s+\\p{Lu}[\\p{L}&.'’-]*){1,5})\\s*(?:[,—–|:-]|$)");

    /** A body paragraph, not a bio: it tells events ("President X met Y ..."). */
    private static final Pattern NARRATIVE = Pattern.compile("\\b(?:met|meets|said|says|told|signed|agreed|arrived|announced|visited|held)\\b");

    private final ReferenceData ref;
    private final OrganizationFinder orgs;

    public DocumentLayoutAnalyzer(ReferenceData ref, OrganizationFinder orgs) {
        this.ref = ref;
        this.orgs = orgs;
    }

    public DocumentLayout analyze(AnalyzedText doc) {
        List<Paragraph> ps = doc.paragraphs();
        Set<Integer> boilerplate = new HashSet<>();
        for (Paragraph p : ps) {
            if (isBoilerplate(p.text())) {
                boilerplate.add(p.index());
            }
        }
        int title = -1;
        List<DocumentLayout.AuthorLine> authors = new ArrayList<>();
        int bio = -1;
        Set<Integer> bios = new HashSet<>();
        Set<Integer> header = new HashSet<>();
        String publisher = null;
        String published = null;
        int body = ps.size();
        boolean lastWasAuthor = false;
        for (Paragraph p : ps) {
            int i = p.index();
            if (boilerplate.contains(i)) {
                continue;
            }
            String t = p.text();
            if (title < 0 && t.length() < 250) {
                title = i;
                continue;
            }
            if (title < 0) {
                body = i;
                break;
            }
            List<DocumentLayout.AuthorLine> names = byline(p);
            Matcher rv = REVIEWER.matcher(t);
            if (names.isEmpty() && rv.find() && looksLikeName(rv.group(1), true)) {
                names = List.of(new DocumentLayout.AuthorLine(rv.group(1), p.start(), p.start() + rv.group(1).length(), i));
                authors.addAll(names);
                header.add(i);
                continue;
            }
            if (isBioLine(t, authors)) {
                bio = bio < 0 ? i : bio;
                bios.add(i);
                continue;
            }
            if (!names.isEmpty()) {
                authors.addAll(names);
                lastWasAuthor = true;
                continue;
            }
            if (lastWasAuthor && bio < 0 && BIO_START.matcher(t).find() && mentionsTitle(t) && !NARRATIVE.matcher(firstSentence(t)).find()) {
                bio = i;
                bios.add(i);
                lastWasAuthor = false;
                continue;
            }
            lastWasAuthor = false;
            if (isHeaderLine(t)) {
                header.add(i);
                List<DateMention> dates = DateFinder.find(doc.text(), p.start(), p.end());
                if (published == null && !dates.isEmpty() && dates.get(0).full() && dates.get(0).toDate() != null) {
                    published = dates.get(0).toDate().toString();
                }
                if (publisher == null) {
                    String org = orgs.leadingOrganization(t);
                    if (org != null && t.startsWith("The " + org)) {
                        org = "The " + org; // mastheads keep their article ("The Northgate Herald")
                    }
                    publisher = org != null ? org : publicationName(t);
                }
                continue;
            }
            body = i;
            break;
        }
        if (body < ps.size()) {
            Matcher m = DATELINE_SOURCE.matcher(ps.get(body).text());
            if (publisher == null && m.find() && ref.knownOrg(m.group(1).trim()) != null) {
                publisher = ref.knownOrg(m.group(1).trim());
            }
        }
        for (Paragraph p : ps) {
            Matcher m = PUBLISHED_BY.matcher(p.text());
            if (publisher == null && (boilerplate.contains(p.index()) || p.index() >= ps.size() - 3) && m.find()) {
                String org = orgs.leadingOrganization(m.group(1).trim());
                if (org != null) {
                    publisher = org;
                }
            }
        }
        // an author's bio may also close the article ("Jane Doe is professor of ...")
        for (int i = Math.max(body + 1, ps.size() - 2); i < ps.size(); i++) {
            if (!boilerplate.contains(i) && isBioLine(ps.get(i).text(), authors)) {
                bio = bio < 0 ? i : bio;
                bios.add(i);
            }
        }
        return new DocumentLayout(title, List.copyOf(authors), bio, Set.copyOf(bios), Set.copyOf(boilerplate), Set.copyOf(header), body,
                publisher, published);
    }

    /**
     * A masthead line such as "The Northgate Herald, March 3, 2021" or "Weekly Ledger — World in Brief":
     * the leading capitalised words before a date, dash or comma, when the line holds no sentence.
     */
    private String publicationName(String line) {
        Matcher m = MASTHEAD.matcher(line);
        if (!m.find()) {
            return null;
        }
        String name = m.group(1).trim();
        String[] words = name.split("\\s+");
        if (words.length < 2 || words.length > 6 || ref.country(name) != null || ref.isPlace(name)) {
            return null;
        }
        for (String w : words) {
            if (DateFinder.find(w, 0, w.length()).size() > 0 || w.matches("(?i)monday|tuesday|wednesday|thursday|friday|saturday|sunday")) {
                return null;
            }
        }
        return name;
    }

    /** "Jane Doe is director of ...": a short paragraph that opens with an author's name and gives a position. */
    private boolean isBioLine(String t, List<DocumentLayout.AuthorLine> authors) {
        Matcher bl = BIO_LINE.matcher(t);
        return bl.find() && t.length() < 500 && mentionsTitle(t) && authors.stream().anyMatch(a -> a.name().equals(bl.group(1)));
    }

    private static String firstSentence(String t) {
        int dot = t.indexOf(". ");
        return dot > 0 ? t.substring(0, dot) : t;
    }

    private boolean isBoilerplate(String line) {
        if (line.length() > 160) {
            return false;
        }
        for (Pattern p : ref.boilerplate()) {
            if (p.matcher(line.trim()).matches()) {
                return true;
            }
        }
        return false;
    }

    /** Short lines with no sentence inside: venues, dates, section labels. */
    private static boolean isHeaderLine(String t) {
        return t.length() < 160 && !t.matches(".*[a-z0-9]{2,}[.!?][\"”’]?\\s+[\"“]?\\p{Lu}.*") && !(t.matches(".*[.!?][\"”’]?$") && t.split("\\s+").length > 6);
    }

    private boolean mentionsTitle(String t) {
        for (String w : t.split("[\\s,;()]+")) {
            if (!w.isEmpty() && ref.isTitleHead(w)) {
                return true;
            }
        }
        return false;
    }

    /** "Jane Doe", "By Jane Doe and John Roe": every part must look like a person's name. */
    private List<DocumentLayout.AuthorLine> byline(Paragraph p) {
        String t = p.text();
        int offset = 0;
        Matcher by = BYLINE.matcher(t);
        boolean explicit = by.matches();
        if (explicit) {
            offset = by.start(1);
            t = BYLINE_END.matcher(by.group(1)).replaceFirst("");
        }
        if (t.length() > 80) {
            return List.of();
        }
        List<DocumentLayout.AuthorLine> out = new ArrayList<>();
        Matcher parts = Pattern.compile("[^,&]+?(?=\\s*(?:,|&|\\band\\b|$))").matcher(t);
        while (parts.find()) {
            String part = parts.group().trim();
            if (part.isEmpty() || part.equals("and")) {
                continue;
            }
            part = part.replaceFirst("^and\\s+", "");
            if (!looksLikeName(part, explicit)) {
                // "By Jane Doe, Diplomatic Correspondent", "Jane Doe, Staff Writer", "By Jane Doe, Wire Service":
                // what follows the names is the author's position or employer
                if (!out.isEmpty() && (explicit || isAffiliation(t.substring(parts.start())))) {
                    break;
                }
                return List.of();
            }
            int s = p.start() + offset + t.indexOf(part, parts.start());
            out.add(new DocumentLayout.AuthorLine(part, s, s + part.length(), p.index()));
        }
        return out;
    }

    /** The tail of a byline after the names: a short position ("Moscow Correspondent") or an employer. */
    private boolean isAffiliation(String tail) {
        String rest = tail.replaceFirst("^[\\s,]+", "");
        String[] words = rest.split("[\\s,]+");
        if (words.length > 6 || rest.matches(".*\\b(?:is|was|said|says|has|had)\\b.*")) {
            return false;
        }
        return mentionsTitle(rest) || orgs.leadingOrganization(rest) != null;
    }

    private boolean looksLikeName(String s, boolean explicit) {
        String[] words = s.split("\\s+");
        if (words.length < 2 || words.length > 4) {
            return false;
        }
        for (String w : words) {
            if (!NAME_WORD.matcher(w).matches() || ref.isTitleWord(w) || ref.orgHeadKind(w) != null
                    || ref.isPlace(w) || DateFinder.find(w, 0, w.length()).size() > 0) {
                return false;
            }
        }
        return explicit || ref.isGivenName(words[0]) || words.length <= 3;
    }
}
