package io.summittracker.events.extraction;

import java.util.List;

/**
 * Everything extracted from one document; {@code extractor} names the extractor and its version.
 * {@code events} was added later (an optional field): events of older extractors have none.
 */
public record Extraction(String extractor, DocumentMeta document, List<SummitRef> summits, List<PersonRef> people,
        List<OrganizationRef> organizations, List<TopicRef> topics, List<StatementRef> statements,
        List<OutcomeRef> outcomes, List<EventRef> events) {

    public Extraction {
        events = events == null ? List.of() : events;
    }

    /** An extraction without dated events. */
    public Extraction(String extractor, DocumentMeta document, List<SummitRef> summits, List<PersonRef> people,
            List<OrganizationRef> organizations, List<TopicRef> topics, List<StatementRef> statements,
            List<OutcomeRef> outcomes) {
        this(extractor, document, summits, people, organizations, topics, statements, outcomes, List.of());
    }
}
