package io.summittracker.web.catalog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A topic of the taxonomy and how many documents raise it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TopicSummary(String slug, String label, String description, long documents) {
}
