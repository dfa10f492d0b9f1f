package io.summittracker.events.extraction;

import java.util.List;

/** An organisation; {@code kind} is government-body, think-tank, university, media, international-organization, company or political-party. */
public record OrganizationRef(String id, String name, String kind, List<Span> mentions, double confidence,
        String rule) {
}
