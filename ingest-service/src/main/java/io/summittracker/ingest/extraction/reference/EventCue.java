package io.summittracker.ingest.extraction.reference;

import java.util.regex.Pattern;

/** A phrase that marks a sentence as reporting a dated happening, and the category of that happening. */
public record EventCue(Pattern pattern, String category) {
}
