package io.summittracker.web.ingest;

/** The ingest service refused an article (400, 413, 415, 422); {@code detail} says why, for a person. */
public class IngestRejected extends RuntimeException {

    private final int status;

    public IngestRejected(int status, String detail) {
        super(detail != null && !detail.isBlank() ? detail : defaultDetail(status));
        this.status = status;
    }

    public int status() {
        return status;
    }

    private static String defaultDetail(int status) {
        return switch (status) {
            case 413 -> "The article is too large.";
            case 415 -> "This kind of file is not supported. Use text, Markdown, HTML, PDF or DOCX.";
            default -> "The article could not be accepted.";
        };
    }
}
