package io.summittracker.web.search;

import io.quarkus.qute.RawString;
import io.summittracker.web.catalog.SearchResults;
import java.util.List;

/** A search hit as the results list shows it: where it links, what kind it is, its highlighted snippet. */
public record SearchHit(SearchResults.Hit hit) {

    public String title() {
        return hit.title() != null && !hit.title().isBlank() ? hit.title() : "(untitled)";
    }

    public List<String> topics() {
        return hit.topics() == null ? List.of() : hit.topics();
    }

    public Integer year() {
        return hit.year();
    }

    public String kind() {
        return hit.type() == null ? "Result" : switch (hit.type()) {
            case "summit" -> "Summit";
            case "person" -> "Person";
            case "organization" -> "Organisation";
            case "statement" -> "Statement";
            case "outcome" -> "Outcome";
            case "document" -> "Document";
            default -> "Result";
        };
    }

    /** Statements and outcomes live in their document; everything else has a page of its own. */
    public String href() {
        String type = hit.type() == null ? "" : hit.type();
        return switch (type) {
            case "summit" -> "/summits/" + hit.id();
            case "person" -> "/people/" + hit.id();
            case "organization" -> "/organizations/" + hit.id();
            case "document" -> "/documents/" + hit.id();
            default -> hit.documentId() != null ? "/documents/" + hit.documentId() : null;
        };
    }

    public RawString snippet() {
        return SafeSnippet.of(hit.snippet());
    }
}
