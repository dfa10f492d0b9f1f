package io.summittracker.ingest.extraction;

import io.summittracker.events.extraction.DocumentMeta;
import io.summittracker.events.extraction.Extraction;
import io.summittracker.events.extraction.OrganizationRef;
import io.summittracker.events.extraction.OutcomeRef;
import io.summittracker.events.extraction.PersonRef;
import io.summittracker.events.extraction.Span;
import io.summittracker.events.extraction.StatementRef;
import io.summittracker.events.extraction.SummitRef;
import io.summittracker.events.extraction.TopicRef;
import io.summittracker.ingest.extraction.document.DocumentLayout;
import io.summittracker.ingest.extraction.document.DocumentLayoutAnalyzer;
import io.summittracker.ingest.extraction.events.EventExtractor;
import io.summittracker.ingest.extraction.organizations.OrgMention;
import io.summittracker.ingest.extraction.organizations.OrganizationFinder;
import io.summittracker.ingest.extraction.organizations.OrganizationMerger;
import io.summittracker.ingest.extraction.outcomes.OutcomeExtractor;
import io.summittracker.ingest.extraction.people.NameFinder;
import io.summittracker.ingest.extraction.people.PeopleExtractor;
import io.summittracker.ingest.extraction.people.PersonRecord;
import io.summittracker.ingest.extraction.people.PersonRegistry;
import io.summittracker.ingest.extraction.people.RoleParser;
import io.summittracker.ingest.extraction.reference.LeaderTerm;
import io.summittracker.ingest.extraction.reference.ReferenceData;
import io.summittracker.ingest.extraction.reference.SummitEntry;
import io.summittracker.ingest.extraction.statements.StatementExtractor;
import io.summittracker.ingest.extraction.summits.DateFinder;
import io.summittracker.ingest.extraction.summits.DateMention;
import io.summittracker.ingest.extraction.summits.SummitResolver;
import io.summittracker.ingest.extraction.text.AnalyzedText;
import io.summittracker.ingest.extraction.text.Paragraph;
import io.summittracker.ingest.extraction.text.Sentence;
import io.summittracker.ingest.extraction.text.TextAnalyzer;
import io.summittracker.ingest.extraction.topics.TopicTagger;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns an article into structured, evidence-linked summit data. Build once (loads models and reference
 * data), then call {@link #extract} from any number of threads: all state of one call stays in that call.
 */
public final class Extractor {
    public static final String NAME = "summit-tracker-rules/0.2.0";
    private static final Pattern ENGLISH = Pattern.compile("(?i)\\b(the|and|of|to|in|is|that|for|with)\\b");

    private final ReferenceData ref;
    private final TextAnalyzer analyzer;
    private final OrganizationFinder orgs;
    private final DocumentLayoutAnalyzer layouts;
    private final PeopleExtractor people;
    private final SummitResolver summits;
    private final TopicTagger topics;
    private final StatementExtractor statements;
    private final OutcomeExtractor outcomes;
    private final EventExtractor events;
    private final List<String> leaderSurnames = new ArrayList<>();

    public Extractor() {
        this(null);
    }

    /** @param extensionDir optional directory whose data files add entries to the bundled ones (may be null) */
    public Extractor(Path extensionDir) {
        ref = new ReferenceData(extensionDir);
        analyzer = new TextAnalyzer();
        orgs = new OrganizationFinder(ref);
        layouts = new DocumentLayoutAnalyzer(ref, orgs);
        RoleParser roles = new RoleParser(ref);
        people = new PeopleExtractor(ref, new NameFinder(ref), roles, orgs);
        summits = new SummitResolver(ref);
        Set<String> places = new HashSet<>();
        for (SummitEntry e : ref.summits()) {
            places.addAll(e.places());
        }
        topics = new TopicTagger(ref, places);
        statements = new StatementExtractor(ref, roles, topics);
        outcomes = new OutcomeExtractor(ref, topics);
        events = new EventExtractor(ref, topics);
        for (LeaderTerm t : ref.leaders()) {
            if (!leaderSurnames.contains(t.surname())) {
                leaderSurnames.add(t.surname());
            }
        }
    }

    public Extraction extract(String text, String filename) {
        AnalyzedText doc = analyzer.analyze(text);
        DocumentLayout layout = layouts.analyze(doc);
        LocalDate published = layout.published() == null ? null : LocalDate.parse(layout.published());

        List<SummitRef> summitRefs = summits.resolve(doc, layout, published);
        LocalDate refDate = referenceDate(doc, layout, summitRefs, published);

        List<OrgMention> orgMentions = new ArrayList<>();
        for (Paragraph p : doc.paragraphs()) {
            if (layout.isBody(p.index()) || layout.header().contains(p.index()) || layout.bios().contains(p.index())) {
                for (Sentence s : doc.sentencesOf(p.index())) {
                    orgMentions.addAll(orgs.find(text, s.start(), s.end()));
                }
            }
        }
        List<String> docOrgNames = new ArrayList<>();
        for (OrgMention m : orgMentions) {
            if (!docOrgNames.contains(m.name())) {
                docOrgNames.add(m.name());
            }
        }
        PersonRegistry registry = people.extract(doc, layout, refDate, orgMentions, docOrgNames);
        Set<String> personNames = new HashSet<>();
        for (PersonRecord p : registry.people()) {
            personNames.add(p.name());
        }
        if (layout.publisher() != null) {
            // the masthead names the publisher: an organisation of the document too
            int at = text.indexOf(layout.publisher());
            if (at >= 0) {
                orgMentions.add(0, new OrgMention(at, at + layout.publisher().length(), layout.publisher(), "media"));
            }
        }
        List<OrganizationRef> orgRefs = OrganizationMerger.merge(text, orgMentions, personNames, ref::knownOrg);

        List<TopicRef> topicRefs = documentTopics(doc, layout);
        List<StatementRef> statementRefs = statements.extract(doc, layout, registry, summitRefs, dominantTopic(doc, layout));
        List<OutcomeRef> outcomeRefs = outcomes.extract(doc, layout, summitRefs, leaderSurnames);

        Set<String> speakers = new HashSet<>();
        for (StatementRef st : statementRefs) {
            speakers.add(st.speaker().id());
        }
        List<PersonRef> personRefs = new ArrayList<>();
        for (PersonRecord p : registry.people()) {
            boolean bylineOnly = "person.byline".equals(p.rule()) && p.roles().isEmpty() && p.mentions().size() <= 1
                    && !speakers.contains(p.id());
            if (bylineOnly) {
                continue; // a reporter's byline: an author, not a person the article is about
            }
            List<String> aliases = new ArrayList<>(p.aliases());
            aliases.remove(p.name());
            personRefs.add(new PersonRef(p.id(), p.name(), aliases, List.copyOf(p.roles()), List.copyOf(p.mentions()),
                    p.confidence(), p.rule()));
        }
        List<String> authors = new ArrayList<>();
        for (DocumentLayout.AuthorLine a : layout.authors()) {
            authors.add(a.name());
        }
        List<Span> boilerplate = new ArrayList<>();
        for (Integer i : layout.boilerplate().stream().sorted().toList()) {
            Paragraph p = doc.paragraphs().get(i);
            boilerplate.add(new Span(p.start(), p.end(), p.text()));
        }
        String title = layout.titleParagraph() >= 0 ? doc.paragraphs().get(layout.titleParagraph()).text() : null;
        DocumentMeta meta = new DocumentMeta(title, authors, layout.publisher(), layout.published(), language(text), boilerplate);
        return new Extraction(NAME, meta, summitRefs, personRefs, orgRefs, topicRefs, statementRefs, outcomeRefs,
                events.extract(doc, layout, summitRefs, published));
    }

    /** The day the article is about: its summit, else its publication date, else the latest year it mentions. */
    private static LocalDate referenceDate(AnalyzedText doc, DocumentLayout layout, List<SummitRef> summitRefs, LocalDate published) {
        // the summit the article is mostly about (most mentions), not the first one it names
        SummitRef main = null;
        for (SummitRef s : summitRefs) {
            if (s.date() != null && (main == null || s.mentions().size() > main.mentions().size())) {
                main = s;
            }
        }
        if (main != null) {
            return LocalDate.parse(main.date());
        }
        if (published != null) {
            return published;
        }
        int latest = 0;
        for (Paragraph p : doc.paragraphs()) {
            if (!layout.isBody(p.index())) {
                continue;
            }
            for (DateMention d : DateFinder.find(doc.text(), p.start(), p.end())) {
                if (d.year() != null && d.year() > latest) {
                    latest = d.year();
                }
            }
        }
        return latest > 0 ? LocalDate.of(latest, 7, 1) : null;
    }

    private List<TopicRef> documentTopics(AnalyzedText doc, DocumentLayout layout) {
        int[][] totals = new int[topics.order().size()][2];
        for (Paragraph p : doc.paragraphs()) {
            if (!layout.isBody(p.index()) && p.index() != layout.titleParagraph()) {
                continue;
            }
            for (Map.Entry<String, int[]> e : topics.hits(doc.text(), p.start(), p.end()).entrySet()) {
                int i = topics.order().indexOf(e.getKey());
                totals[i][0] += e.getValue()[0];
                totals[i][1] += e.getValue()[1];
            }
        }
        List<TopicRef> out = new ArrayList<>();
        for (int i = 0; i < totals.length; i++) {
            int strong = totals[i][0];
            int weak = totals[i][1];
            if (strong > 0 || weak >= 2) {
                double conf = Math.min(0.95, 0.5 + 0.1 * (strong + weak));
                out.add(new TopicRef(topics.order().get(i), conf, strong > 0 ? "topic.keywords" : "topic.weak-keywords"));
            }
        }
        return out;
    }

    /** The topic the article is mostly about: clearly the most mentioned (3+ mentions, 1.5x the next one). */
    private String dominantTopic(AnalyzedText doc, DocumentLayout layout) {
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        for (Paragraph p : doc.paragraphs()) {
            if (layout.isBody(p.index())) {
                topics.hits(doc.text(), p.start(), p.end()).forEach((k, v) -> counts.merge(k, v[0], Integer::sum));
            }
        }
        String best = null;
        int first = 0;
        int second = 0;
        for (var e : counts.entrySet()) {
            if (e.getValue() > first) {
                second = first;
                first = e.getValue();
                best = e.getKey();
            } else if (e.getValue() > second) {
                second = e.getValue();
            }
        }
        return first >= 3 && first * 4 >= second * 5 ? best : null;
    }

    private static String language(String text) {
        int n = 0;
        var m = ENGLISH.matcher(text);
        while (m.find() && n < 20) {
            n++;
        }
        return n >= 5 || text.length() < 200 ? "en" : null;
    }
}
