package io.summittracker.catalog.topic;

import java.util.Collection;
import java.util.List;

/**
 * How far an issue got at a summit, from merely discussed to agreed. A summit's status for a topic is the
 * furthest any of its outcomes on that topic reached; with no outcome it was discussed.
 */
public final class IssueStatus {

    /** From least to furthest. */
    public static final List<String> ORDER = List.of("discussed", "not-reached", "rejected", "proposed", "agreed-in-principle", "agreed");

    private IssueStatus() {
    }

    public static String furthest(Collection<String> statuses) {
        return statuses.stream().filter(ORDER::contains).max((a, b) -> Integer.compare(ORDER.indexOf(a), ORDER.indexOf(b)))
                .orElse("discussed");
    }
}
