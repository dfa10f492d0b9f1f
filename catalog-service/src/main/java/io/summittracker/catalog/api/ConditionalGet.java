package io.summittracker.catalog.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * ETags and conditional GETs for the catalog API. A representation can only change when the catalog does,
 * so the catalog version is a valid (weak) validator for every GET: a client that sends it back in
 * If-None-Match gets 304 Not Modified without the request being computed.
 */
public class ConditionalGet {

    private static final String VERSION = "summit.catalog.version";

    @Inject
    CatalogVersion catalog;

    @ServerRequestFilter
    public Response beforeGet(ContainerRequestContext request) {
        if (!"GET".equals(request.getMethod()) || !request.getUriInfo().getPath().startsWith("/api/")) {
            return null;
        }
        EntityTag tag = new EntityTag("v" + catalog.current(), true);
        request.setProperty(VERSION, tag);
        String ifNoneMatch = request.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null && matches(ifNoneMatch, tag)) {
            return Response.notModified(tag).build();
        }
        return null;
    }

    @ServerResponseFilter
    public void afterGet(ContainerRequestContext request, ContainerResponseContext response) {
        Object tag = request.getProperty(VERSION);
        if (tag instanceof EntityTag etag && response.getStatus() == 200) {
            response.getHeaders().putSingle(HttpHeaders.ETAG, etag);
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-cache");
        }
    }

    private static boolean matches(String header, EntityTag tag) {
        for (String candidate : header.split(",")) {
            String c = candidate.strip();
            if (c.equals("*") || c.equals(tag.toString()) || c.equals("\"" + tag.getValue() + "\"")) {
                return true;
            }
        }
        return false;
    }
}
