package io.summittracker.events.extraction;

import java.util.List;

/** An organisation; {@code kind} is one of government, think-tank, university, media, international, other. */
public record OrganizationRef(String id, String name, String kind, List<Span> mentions, double confidence,
        String rule) {
}
