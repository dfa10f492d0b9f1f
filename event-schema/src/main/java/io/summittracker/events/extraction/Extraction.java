package io.summittracker.events.extraction;

import java.util.List;

/** Everything extracted from one document; {@code extractor} names the extractor and its version. */
public record Extraction(String extractor, DocumentMeta document, List<SummitRef> summits, List<PersonRef> people,
        List<OrganizationRef> organizations, List<TopicRef> topics, List<StatementRef> statements,
        List<OutcomeRef> outcomes) {
}
