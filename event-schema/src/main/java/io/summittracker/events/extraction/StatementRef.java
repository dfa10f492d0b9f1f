package io.summittracker.events.extraction;

import java.util.List;

/** A view someone holds or expressed; {@code kind} is reported, quote, authorial or continued. */
public record StatementRef(String id, SpeakerRef speaker, List<String> topics, String summit, String text,
        Span evidence, String kind, double confidence, String rule) {
}
