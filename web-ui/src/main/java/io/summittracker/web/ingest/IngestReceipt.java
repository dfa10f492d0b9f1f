package io.summittracker.web.ingest;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** What the ingest service says about an article: its id (derived from the content) and state. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record IngestReceipt(String id, String state, Boolean created) {
}
