package io.summittracker.ingest.extraction.people;

import io.summittracker.events.extraction.Span;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The people of one document. Full names are merged when they are spelling variants of each other
 * (same given name, surnames one edit apart such as -ts/-tz or a missing letter); surname-only mentions
 * attach to the person with that surname (or a one-edit variant, kept as an alias).
 */
public final class PersonRegistry {
    private final List<PersonRecord> people = new ArrayList<>();
    private final Map<Integer, PersonRecord> byMentionStart = new HashMap<>();

    public List<PersonRecord> people() {
        return people;
    }

    /** The person whose mention starts at this offset, or null. */
    public PersonRecord atOffset(int start) {
        return byMentionStart.get(start);
    }

    public Map<Integer, PersonRecord> mentionIndex() {
        return byMentionStart;
    }

    /** Adds a full-name mention, merging with a known person when the name is the same or a spelling variant. */
    public PersonRecord addFullName(String name, Span mention, double confidence, String rule) {
        PersonRecord p = findFull(name);
        if (p == null) {
            p = new PersonRecord(name, confidence, rule);
            people.add(p);
            p.aliases.add(surnameOf(name));
        } else {
            if (!p.name.equals(name)) {
                p.aliases.add(name);
                if (!surnameOf(name).equals(p.surname())) {
                    p.aliases.add(surnameOf(name));
                }
            }
            p.confidence = Math.max(p.confidence, confidence);
        }
        addMention(p, mention);
        return p;
    }

    public void addMention(PersonRecord p, Span mention) {
        if (mention != null && !byMentionStart.containsKey(mention.start())) {
            p.mentions.add(mention);
            byMentionStart.put(mention.start(), p);
        }
    }

    private PersonRecord findFull(String name) {
        String given = givenOf(name);
        String surname = surnameOf(name);
        for (PersonRecord p : people) {
            if (p.name.equals(name) || p.aliases.contains(name)) {
                return p;
            }
        }
        for (PersonRecord p : people) {
            String pg = givenOf(p.name);
            if (given.equalsIgnoreCase(pg) && variantSurname(surname, p.surname())) {
                return p;
            }
        }
        return null;
    }

    /** The person a name refers to: full name, alias, or surname. */
    public PersonRecord resolveName(String name) {
        for (PersonRecord p : people) {
            if (p.name.equals(name) || p.aliases.contains(name)) {
                return p;
            }
        }
        return name.contains(" ") ? null : resolveSurname(name);
    }

    /** The person a lone surname refers to: exact surname or alias first, then a one-edit spelling variant. */
    public PersonRecord resolveSurname(String word) {
        for (PersonRecord p : people) {
            if (p.surname().equals(word) || p.aliases.contains(word) || bareSurname(p.surname()).equals(word)) {
                return p;
            }
        }
        for (PersonRecord p : people) {
            if (variantSurname(word, p.surname())) {
                p.aliases.add(word);
                return p;
            }
        }
        return null;
    }

    /** Surnames of 5+ letters that differ by one edit and share the first letter (Kowalczyk / Kowalczik / Kowalcyk). */
    static boolean variantSurname(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        if (a.length() < 5 || b.length() < 5 || Character.toLowerCase(a.charAt(0)) != Character.toLowerCase(b.charAt(0))) {
            return false;
        }
        return editDistanceAtMostOne(a.toLowerCase(Locale.ROOT), b.toLowerCase(Locale.ROOT));
    }

    static boolean editDistanceAtMostOne(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int i = 0;
        int j = 0;
        int edits = 0;
        while (i < a.length() && j < b.length()) {
            if (a.charAt(i) == b.charAt(j)) {
                i++;
                j++;
                continue;
            }
            if (++edits > 1) {
                return false;
            }
            if (a.length() > b.length()) {
                i++;
            } else if (a.length() < b.length()) {
                j++;
            } else {
                i++;
                j++;
            }
        }
        return edits + (a.length() - i) + (b.length() - j) <= 1;
    }

    static String bareSurname(String surname) {
        return surname.replaceFirst("^(?:al|el|bin|ibn|ben|van|von|de|da|di|du|le|la)-", "");
    }

    public static String surnameOf(String name) {
        String[] parts = name.trim().split("\\s+");
        return parts[parts.length - 1];
    }

    static String givenOf(String name) {
        return name.trim().split("\\s+")[0];
    }

    /** Stable id from the normalised full name: "Jane Q. Doe" -> "jane-q-doe". */
    public static String slug(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        return n.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}
