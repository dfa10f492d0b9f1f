package io.summittracker.ingest.extraction.reference;

import java.util.regex.Pattern;

/** A phrase that signals what became of a proposal at a summit. */
public record OutcomeCue(Pattern pattern, String status) {
}
