package io.summittracker.web.catalog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** A page of document summaries from the catalog. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DocumentList(List<DocumentView> items, long total) {
}
