package io.summittracker.events.extraction;

import java.util.List;

/** Bibliographic facts about a document; {@code published} is an ISO date (YYYY-MM-DD) or null. */
public record DocumentMeta(String title, List<String> authors, String publisher, String published,
        String language, List<Span> boilerplate) {
}
