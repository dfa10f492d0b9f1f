package io.summittracker.ingest.extraction;

import io.summittracker.events.extraction.Extraction;
import io.summittracker.events.extraction.PersonRef;
import io.summittracker.events.extraction.Span;
import io.summittracker.events.extraction.StatementRef;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** One extractor for all tests (models load once), plus helpers over invented texts. */
final class Shared {
    static final Extractor EXTRACTOR = new Extractor();

    private Shared() {
    }

    static Extraction run(String text) {
        Extraction e = EXTRACTOR.extract(text, "test.txt");
        checkSpans(text, e);
        return e;
    }

    static PersonRef person(Extraction e, String name) {
        for (PersonRef p : e.people()) {
            if (p.name().equals(name)) {
                return p;
            }
        }
        return null;
    }

    static StatementRef statementContaining(Extraction e, String fragment) {
        for (StatementRef s : e.statements()) {
            if (s.evidence().text().contains(fragment)) {
                return s;
            }
        }
        return null;
    }

    /** Every span must be the exact text at its offsets. */
    static void checkSpans(String text, Extraction e) {
        e.people().forEach(p -> {
            p.mentions().forEach(s -> same(text, s));
            p.roles().forEach(r -> {
                if (r.evidence() != null) {
                    same(text, r.evidence());
                }
            });
        });
        e.organizations().forEach(o -> o.mentions().forEach(s -> same(text, s)));
        e.summits().forEach(s -> s.mentions().forEach(m -> same(text, m)));
        e.statements().forEach(s -> same(text, s.evidence()));
        e.outcomes().forEach(o -> same(text, o.evidence()));
        e.events().forEach(v -> same(text, v.evidence()));
        e.document().boilerplate().forEach(s -> same(text, s));
    }

    private static void same(String text, Span s) {
        assertNotNull(s);
        assertEquals(text.substring(s.start(), s.end()), s.text());
    }
}
