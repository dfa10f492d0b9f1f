package io.summittracker.events.extraction;

import java.util.List;

/** A person named in the document, with the other spellings it uses and the roles it gives them. */
public record PersonRef(String id, String name, List<String> aliases, List<Role> roles, List<Span> mentions,
        double confidence, String rule) {
}
