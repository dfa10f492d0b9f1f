package io.summittracker.web.document;

import io.summittracker.web.catalog.Evidence;

/**
 * One extracted fact as the reader shows it: a number (its anchor), a kind (person, organization, statement,
 * outcome, event), what to call it, a detail line and where it is in the text. {@code href} links to its own page.
 * Every mention of a person is a fact of its own in the text; the panel lists the person once, under the
 * first mention's number ({@code panelNumber}).
 */
public record Fact(int number, int panelNumber, String kind, String label, String detail, String status, String href, Evidence evidence) {

    public String anchor() {
        return "fact-" + panelNumber;
    }

    public String mark() {
        return "mark-" + number;
    }

    public boolean inPanel() {
        return number == panelNumber;
    }

    public String kindLabel() {
        return switch (kind) {
            case "person" -> "Person";
            case "organization" -> "Organisation";
            case "statement" -> "Statement";
            case "outcome" -> "Outcome";
            case "event" -> "Event";
            default -> "Fact";
        };
    }
}
