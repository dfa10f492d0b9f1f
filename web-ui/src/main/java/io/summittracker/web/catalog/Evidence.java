package io.summittracker.web.catalog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** Where a fact comes from: UTF-16 offsets into the document text (Java String indices) and the quoted span. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Evidence(int start, int end, String text) {
}
