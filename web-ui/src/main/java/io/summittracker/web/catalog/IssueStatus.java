package io.summittracker.web.catalog;

/** Human labels of the issue statuses the catalog reports. */
public final class IssueStatus {

    private IssueStatus() {
    }

    public static String label(String status) {
        if (status == null) {
            return "not raised";
        }
        return switch (status) {
            case "agreed" -> "Agreed";
            case "agreed-in-principle" -> "Agreed in principle";
            case "proposed" -> "Proposed";
            case "rejected" -> "Rejected";
            case "not-reached" -> "Not reached";
            case "discussed" -> "Discussed";
            default -> status;
        };
    }

    /** A CSS class for the badge; only known statuses, so nothing from the API reaches the class attribute. */
    public static String badgeClass(String status) {
        if (status == null) {
            return "badge";
        }
        return switch (status) {
            case "agreed", "agreed-in-principle", "proposed", "rejected", "not-reached", "discussed" -> "badge badge-" + status;
            default -> "badge";
        };
    }
}
