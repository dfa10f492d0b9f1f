package io.summittracker.ingest.extraction.organizations;

/** An organisation name found at [start, end) of the text; {@code name} is canonical (known abbreviations resolved). */
public record OrgMention(int start, int end, String name, String kind) {
}
