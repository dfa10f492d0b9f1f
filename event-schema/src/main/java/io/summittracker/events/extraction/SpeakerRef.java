package io.summittracker.events.extraction;

/** Who a statement is attributed to: the id and name of a {@link PersonRef} of the same extraction. */
public record SpeakerRef(String id, String name) {
}
