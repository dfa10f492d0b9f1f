package io.summittracker.web.catalog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** One page of a catalog list: the items, how many there are in all, and the cursor of the next page. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Paged<T>(List<T> items, long total, String next) {

    public List<T> items() {
        return items == null ? List.of() : items;
    }
}
