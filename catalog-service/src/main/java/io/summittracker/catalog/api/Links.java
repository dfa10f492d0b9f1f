package io.summittracker.catalog.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** Answers with a page and the headers integrators expect: {@code Link: <...>; rel="next"} and the total. */
public final class Links {

    private Links() {
    }

    public static Response paged(Page<?> page, UriInfo uri) {
        Response.ResponseBuilder ok = Response.ok(page).header("X-Total-Count", page.total());
        if (page.next() != null) {
            ok.header("Link", "<" + uri.getRequestUriBuilder().replaceQueryParam("cursor", page.next()).build() + ">; rel=\"next\"");
        }
        return ok.build();
    }
}
