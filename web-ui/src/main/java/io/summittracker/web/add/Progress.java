package io.summittracker.web.add;

/**
 * Where an added article is: received by the ingest service ({@code queued}), extracted and sent on
 * ({@code published}), then stored in the catalog ({@code done}, with its title and link).
 */
public record Progress(String id, String state, boolean done, String title, String href, String message) {

    static Progress inCatalog(String id, String title) {
        return new Progress(id, "in-catalog", true, title, "/documents/" + id, "The article is in the catalog.");
    }

    static Progress of(String id, String ingestState) {
        String message = switch (ingestState == null ? "" : ingestState) {
            case "queued" -> "Received. The facts are extracted; it is waiting to be sent to the catalog.";
            case "published" -> "Sent to the catalog; it will appear in a moment.";
            default -> "Received. Waiting for news from the ingest service.";
        };
        return new Progress(id, ingestState, false, null, null, message);
    }

    /** 1: received, 2: sent to the catalog, 3: in the catalog. */
    public int step() {
        return done ? 3 : "published".equals(state) ? 2 : 1;
    }
}
