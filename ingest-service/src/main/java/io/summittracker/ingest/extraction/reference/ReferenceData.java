package io.summittracker.ingest.extraction.reference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * All reference knowledge the rules use, loaded once from {@code src/main/resources/extraction/}
 * (plus an optional extension directory whose files add entries). Immutable, so thread-safe.
 */
public final class ReferenceData {
    private final Map<String, String> countryByAlias = new HashMap<>();
    private final Map<String, String> placeCountry = new HashMap<>();
    private final Set<String> titleHeads = new HashSet<>();
    private final List<String> multiWordTitles = new ArrayList<>();
    private final Set<String> titleModifiers = new HashSet<>();
    private final Map<String, String> impliedOrg = new HashMap<>();
    private final Set<String> knownOrgWords = new HashSet<>();
    private final Map<String, String> orgHeadKind = new HashMap<>();
    private final Map<String, String> knownOrgByAlias = new HashMap<>();
    private final Map<String, String> knownOrgKind = new HashMap<>();
    private final Set<String> givenNames = new HashSet<>();
    private final Set<String> reportingVerbs = new HashSet<>();
    private final Map<String, String> reportingVerbKind = new HashMap<>();
    private final List<Pattern> boilerplate = new ArrayList<>();
    private final List<OutcomeCue> outcomeCues = new ArrayList<>();
    private final List<EventCue> eventCues = new ArrayList<>();
    private final List<TopicEntry> topics = new ArrayList<>();
    private final List<SummitEntry> summits = new ArrayList<>();
    private final List<LeaderTerm> leaders = new ArrayList<>();
    private final List<LeaderTerm> officials = new ArrayList<>();
    private final Map<String, List<String>> vocabulary = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> vocabularyValues = new HashMap<>();

    public static ReferenceData load() {
        return new ReferenceData(null);
    }

    /** @param extensionDir a directory whose files (same names as the bundled ones) add entries; may be null */
    public ReferenceData(Path extensionDir) {
        for (String[] r : TsvSource.rows("countries.tsv", extensionDir)) {
            String name = TsvSource.cell(r, 0);
            countryByAlias.put(name.toLowerCase(Locale.ROOT), name);
            for (String a : split(TsvSource.cell(r, 1))) {
                countryByAlias.put(a.toLowerCase(Locale.ROOT), name);
            }
        }
        for (String[] r : TsvSource.rows("places.tsv", extensionDir)) {
            placeCountry.put(TsvSource.cell(r, 0).toLowerCase(Locale.ROOT), TsvSource.cell(r, 1));
        }
        for (String[] r : TsvSource.rows("titles.tsv", extensionDir)) {
            String t = TsvSource.cell(r, 0).toLowerCase(Locale.ROOT);
            if (!TsvSource.cell(r, 2).isEmpty()) {
                impliedOrg.put(t, TsvSource.cell(r, 2));
            }
            if ("modifier".equals(TsvSource.cell(r, 1))) {
                titleModifiers.add(t);
            } else if (t.contains(" ")) {
                multiWordTitles.add(t);
                titleHeads.add(t.substring(t.lastIndexOf(' ') + 1));
            } else {
                titleHeads.add(t);
            }
        }
        multiWordTitles.sort(Comparator.comparingInt(String::length).reversed());
        for (String[] r : TsvSource.rows("org-heads.tsv", extensionDir)) {
            orgHeadKind.put(TsvSource.cell(r, 0), TsvSource.cell(r, 1));
        }
        for (String[] r : TsvSource.rows("organizations.tsv", extensionDir)) {
            String name = TsvSource.cell(r, 0);
            knownOrgKind.put(name, TsvSource.cell(r, 1));
            knownOrgByAlias.put(name, name);
            for (String a : split(TsvSource.cell(r, 2))) {
                knownOrgByAlias.put(a, name);
            }
            for (String n : knownOrgByAlias.keySet()) {
                knownOrgWords.addAll(List.of(n.split("\\s+")));
            }
        }
        for (String[] r : TsvSource.rows("given-names.tsv", extensionDir)) {
            givenNames.add(TsvSource.cell(r, 0));
        }
        for (String[] r : TsvSource.rows("reporting-verbs.tsv", extensionDir)) {
            reportingVerbs.add(TsvSource.cell(r, 0).toLowerCase(Locale.ROOT));
            reportingVerbKind.put(TsvSource.cell(r, 0).toLowerCase(Locale.ROOT), TsvSource.cell(r, 1));
        }
        for (String[] r : TsvSource.rows("boilerplate.tsv", extensionDir)) {
            boilerplate.add(Pattern.compile(TsvSource.cell(r, 0), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        }
        for (String[] r : TsvSource.rows("outcome-cues.tsv", extensionDir)) {
            outcomeCues.add(new OutcomeCue(Pattern.compile(TsvSource.cell(r, 0), Pattern.CASE_INSENSITIVE), TsvSource.cell(r, 1)));
        }
        for (String[] r : TsvSource.rows("event-cues.tsv", extensionDir)) {
            eventCues.add(new EventCue(Pattern.compile(TsvSource.cell(r, 0), Pattern.CASE_INSENSITIVE), TsvSource.cell(r, 1)));
        }
        for (String[] r : TsvSource.rows("leaders.tsv", extensionDir)) {
            String to = TsvSource.cell(r, 5);
            leaders.add(new LeaderTerm(TsvSource.cell(r, 0), split(TsvSource.cell(r, 1)), TsvSource.cell(r, 2),
                    TsvSource.cell(r, 3), LocalDate.parse(TsvSource.cell(r, 4)), to.isEmpty() ? null : LocalDate.parse(to)));
        }
        for (String[] r : TsvSource.rows("officials.tsv", extensionDir)) {
            String to = TsvSource.cell(r, 5);
            officials.add(new LeaderTerm(TsvSource.cell(r, 0), split(TsvSource.cell(r, 1)), TsvSource.cell(r, 2),
                    TsvSource.cell(r, 3), LocalDate.parse(TsvSource.cell(r, 4)), to.isEmpty() ? null : LocalDate.parse(to)));
        }
        for (String[] r : TsvSource.rows("vocabulary.tsv", extensionDir)) {
            String list = TsvSource.cell(r, 0);
            String entry = TsvSource.cell(r, 1);
            List<String> entries = vocabulary.computeIfAbsent(list, k -> new ArrayList<>());
            if (!entries.contains(entry)) {
                entries.add(entry);
            }
            if (!TsvSource.cell(r, 2).isEmpty()) {
                vocabularyValues.computeIfAbsent(list, k -> new HashMap<>()).put(entry, TsvSource.cell(r, 2));
            }
        }
        loadTopics(extensionDir);
        loadSummits(extensionDir);
    }

    private void loadTopics(Path extensionDir) {
        Map<String, TopicEntry> bySlug = new LinkedHashMap<>();
        for (JsonNode root : json("topics.json", extensionDir)) {
            for (JsonNode t : root.path("topics")) {
                String slug = t.path("slug").asText();
                TopicEntry old = bySlug.get(slug);
                List<String> kw = new ArrayList<>(old == null ? List.of() : old.keywords());
                List<String> weak = new ArrayList<>(old == null ? List.of() : old.weak());
                List<String> exclude = new ArrayList<>(old == null ? List.of() : old.exclude());
                t.path("keywords").forEach(k -> kw.add(k.asText()));
                t.path("weak").forEach(k -> weak.add(k.asText()));
                t.path("exclude").forEach(k -> exclude.add(k.asText()));
                String label = t.path("label").asText(old == null ? slug : old.label());
                bySlug.put(slug, new TopicEntry(slug, label, List.copyOf(kw), List.copyOf(weak), List.copyOf(exclude)));
            }
        }
        topics.addAll(bySlug.values());
    }

    private void loadSummits(Path extensionDir) {
        for (JsonNode root : json("summits.json", extensionDir)) {
            for (JsonNode s : root.path("summits")) {
                List<String> leadersOf = new ArrayList<>();
                s.path("leaders").forEach(l -> leadersOf.add(l.asText()));
                List<String> places = new ArrayList<>();
                s.path("places").forEach(p -> places.add(p.asText()));
                if (places.isEmpty()) {
                    places.add(s.path("city").asText());
                }
                LocalDate start = LocalDate.parse(s.path("start").asText());
                String end = s.path("end").asText("");
                summits.add(new SummitEntry(s.path("id").asText(), s.path("name").asText(), s.path("city").asText(),
                        s.path("country").asText(), start, end.isEmpty() ? start : LocalDate.parse(end),
                        List.copyOf(leadersOf), List.copyOf(places)));
            }
        }
    }

    private static List<JsonNode> json(String name, Path extensionDir) {
        ObjectMapper mapper = new ObjectMapper();
        List<JsonNode> out = new ArrayList<>();
        try {
            for (String text : TsvSource.texts(name, extensionDir)) {
                out.add(mapper.readTree(text));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static List<String> split(String cell) {
        List<String> out = new ArrayList<>();
        for (String s : cell.split("\\|")) {
            if (!s.isBlank()) {
                out.add(s.trim());
            }
        }
        return out;
    }

    // ---- lookups ----

    /** Entries of a named word list in {@code vocabulary.tsv} ("seat-of-government"), in file order; empty when unknown. */
    public List<String> words(String list) {
        return Collections.unmodifiableList(vocabulary.getOrDefault(list, List.of()));
    }

    /** The entries of a word list as a set (exact, case-sensitive). */
    public Set<String> wordSet(String list) {
        return Set.copyOf(words(list));
    }

    /** The third column of a word list's entry ("directs" -> "director" in {@code role-verb}), else null. */
    public String wordValue(String list, String entry) {
        return vocabularyValues.getOrDefault(list, Map.of()).get(entry);
    }

    /**
     * A word list as a non-capturing regular-expression alternation, {@code (?:a|b|...)}: entries are literal text,
     * except that a trailing {@code *} matches any further word characters ("communiqu*").
     */
    public String alternation(String list) {
        List<String> parts = new ArrayList<>();
        for (String w : words(list)) {
            parts.add(w.endsWith("*") && w.length() > 1 ? Pattern.quote(w.substring(0, w.length() - 1)) + "\\w*" : Pattern.quote(w));
        }
        if (parts.isEmpty()) {
            return "(?!)";
        }
        return "(?:" + String.join("|", parts) + ")";
    }

    /** Canonical country for a country name, abbreviation or demonym ("Russian" -> "Russia"), else null. */
    public String country(String word) {
        return word == null ? null : countryByAlias.get(word.toLowerCase(Locale.ROOT));
    }

    /** Country of a known place (city, region), else null. */
    public String placeCountry(String place) {
        return place == null ? null : placeCountry.get(place.toLowerCase(Locale.ROOT));
    }

    public boolean isPlace(String word) {
        return placeCountry(word) != null || country(word) != null;
    }

    public boolean isTitleHead(String word) {
        return titleHeads.contains(word.toLowerCase(Locale.ROOT));
    }

    public boolean isTitleModifier(String word) {
        return titleModifiers.contains(word.toLowerCase(Locale.ROOT));
    }

    public boolean isTitleWord(String word) {
        return isTitleHead(word) || isTitleModifier(word);
    }

    /** Multi-word titles, longest first, lower case ("minister of foreign affairs"). */
    public List<String> multiWordTitles() {
        return Collections.unmodifiableList(multiWordTitles);
    }

    /** Kind of organisation a head word signals ("University" -> "university"), else null. */
    public String orgHeadKind(String word) {
        return orgHeadKind.get(word);
    }

    /** Canonical name of a well-known organisation for one of its names or abbreviations, else null. */
    public String knownOrg(String name) {
        return knownOrgByAlias.get(name);
    }

    public String knownOrgKind(String canonical) {
        return knownOrgKind.get(canonical);
    }

    public Set<String> knownOrgAliases() {
        return Collections.unmodifiableSet(knownOrgByAlias.keySet());
    }

    /** The body a title implies on its own ("Senator" -> Senate, "Secretary of State" -> United States), else null. */
    public String impliedOrganization(String title) {
        return title == null ? null : impliedOrg.get(title.toLowerCase(Locale.ROOT));
    }

    /** A word of a well-known organisation's name ("White", "House"). */
    public boolean isKnownOrgWord(String word) {
        return knownOrgWords.contains(word);
    }

    public boolean isGivenName(String word) {
        return givenNames.contains(word);
    }

    public boolean isReportingVerb(String word) {
        return reportingVerbs.contains(word.toLowerCase(Locale.ROOT));
    }

    /** "" for plain reporting verbs, "that" for verbs that need a that-clause or quote, "participle" for "telling"-type forms. */
    public String reportingVerbKind(String word) {
        return reportingVerbKind.getOrDefault(word.toLowerCase(Locale.ROOT), "");
    }

    public List<Pattern> boilerplate() {
        return Collections.unmodifiableList(boilerplate);
    }

    public List<OutcomeCue> outcomeCues() {
        return Collections.unmodifiableList(outcomeCues);
    }

    /** Cues of dated happenings, in file order: the one nearest to a day gives its category, file order breaks ties. */
    public List<EventCue> eventCues() {
        return Collections.unmodifiableList(eventCues);
    }

    public List<TopicEntry> topics() {
        return Collections.unmodifiableList(topics);
    }

    public List<SummitEntry> summits() {
        return Collections.unmodifiableList(summits);
    }

    /** Well-known officials (foreign ministers, secretaries of state, advisers) with the body they served. */
    public List<LeaderTerm> officials() {
        return Collections.unmodifiableList(officials);
    }

    public List<LeaderTerm> leaders() {
        return Collections.unmodifiableList(leaders);
    }
}
