package io.summittracker.web;

import io.quarkus.qute.TemplateData;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.WebApplicationException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * "First page" and "Next page" links of a list the catalog serves in pages: the next page's link carries the
 * catalog's opaque cursor as {@code ?cursor=}, and both keep the list's filters ({@code base} is the list's
 * address with them). {@code first} is null on the first page, {@code next} on the last.
 */
@TemplateData
public record PageLinks(String first, String next) {

    public static final PageLinks NONE = new PageLinks(null, null);

    public static PageLinks of(String base, String cursor, String nextCursor) {
        return new PageLinks(cursor == null ? null : base,
                nextCursor == null || nextCursor.isBlank() ? null : base + (base.contains("?") ? "&" : "?") + "cursor="
                        + URLEncoder.encode(nextCursor, StandardCharsets.UTF_8));
    }

    public boolean any() {
        return first != null || next != null;
    }

    /** A blank cursor is the first page. */
    public static String cursor(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Calls the catalog for a page; a cursor it refuses (damaged, or from an older catalog) gets a page that says so. */
    public static <T> T fetch(String cursor, Supplier<T> call) {
        try {
            return call.get();
        } catch (WebApplicationException e) {
            if (cursor != null && e.getResponse().getStatus() == 400) {
                throw new BadRequestException("This link to a further page of the list is not valid (any more). "
                        + "Start again from the list's first page.");
            }
            throw e;
        }
    }
}
