package io.summittracker.catalog.api;

import java.util.List;

/**
 * One page of a list: the items, how many match in all, and the cursor of the next page (null on the last).
 * Pass {@code next} back as {@code ?cursor=} to continue; cursors are opaque and stable under inserts.
 */
public record Page<T>(List<T> items, long total, String next) {
}
