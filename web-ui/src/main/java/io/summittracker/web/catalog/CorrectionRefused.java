package io.summittracker.web.catalog;

/** The catalog did not take a correction: {@code status}, and its problem's title and detail (either may be null). */
public class CorrectionRefused extends RuntimeException {

    private final int status;
    private final String title;
    private final String detail;

    public CorrectionRefused(int status, String title, String detail) {
        super("Catalog refused the correction: " + status + (detail == null ? "" : " " + detail));
        this.status = status;
        this.title = title;
        this.detail = detail;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return detail;
    }
}
