package io.summittracker.ingest.extraction.people;

import io.summittracker.events.extraction.Role;
import io.summittracker.events.extraction.Span;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A person being assembled while reading one document (mutable; confined to one extraction call). */
public final class PersonRecord {
    String name;
    final Set<String> aliases = new LinkedHashSet<>();
    final List<Role> roles = new ArrayList<>();
    final List<Span> mentions = new ArrayList<>();
    double confidence;
    String rule;
    boolean leader;

    PersonRecord(String name, double confidence, String rule) {
        this.name = name;
        this.confidence = confidence;
        this.rule = rule;
    }

    public String name() {
        return name;
    }

    public String id() {
        return PersonRegistry.slug(name);
    }

    public String surname() {
        return PersonRegistry.surnameOf(name);
    }

    public List<Span> mentions() {
        return mentions;
    }

    public List<Role> roles() {
        return roles;
    }

    public Set<String> aliases() {
        return aliases;
    }

    public double confidence() {
        return confidence;
    }

    public String rule() {
        return rule;
    }
}
