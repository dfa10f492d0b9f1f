package io.summittracker.catalog.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.OptionalLong;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * ETags, conditional GETs and cached answers for the catalog API. A representation can only change when
 * the catalog does, so the catalog version is a valid (weak) validator for every GET: a client that sends
 * it back in If-None-Match gets 304 Not Modified, and an answer already computed for this version is
 * served from the {@link ResponseCache} without running its queries again. While the version is fresh in
 * memory, both happen on the I/O thread, without a database round trip or a hop to a worker thread.
 */
@Provider
public class ConditionalGet implements WriterInterceptor {

    private static final String TAG = "summit.catalog.etag";
    private static final String CACHE_KEY = "summit.catalog.cache-key";
    private static final String CLAIMED = "summit.catalog.cache-claimed";

    @Inject
    CatalogVersion catalog;
    @Inject
    ResponseCache cache;

    /** On the I/O thread: answers from memory when the version is known and the answer cached; else passes on. */
    @ServerRequestFilter(nonBlocking = true)
    public Response fromMemory(ContainerRequestContext request) {
        if (!isCatalogGet(request)) {
            return null;
        }
        OptionalLong version = catalog.remembered();
        return version.isPresent() ? answerKnown(request, version.getAsLong(), false) : null;
    }

    /** On a worker thread: reads the version from the database, then answers as above or lets the resource run. */
    @ServerRequestFilter
    public Response beforeGet(ContainerRequestContext request) {
        if (!isCatalogGet(request)) {
            return null;
        }
        return answerKnown(request, catalog.current(), true);
    }

    private Response answerKnown(ContainerRequestContext request, long version, boolean remember) {
        EntityTag tag = new EntityTag("v" + version, true);
        request.setProperty(TAG, tag);
        String ifNoneMatch = request.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null && matches(ifNoneMatch, tag)) {
            return Response.notModified(tag).build();
        }
        if (request.getUriInfo().getPath().startsWith("/api/v1/export/")) {
            return null; // exports stream; they are not held in memory
        }
        String key = ResponseCache.key(version, request.getUriInfo().getRequestUri().toString(), request.getHeaderString(HttpHeaders.ACCEPT));
        ResponseCache.Entry hit = cache.get(key);
        if (hit == null && remember) {
            if (cache.claim(key)) {
                request.setProperty(CLAIMED, key);
            } else {
                hit = cache.awaitComputed(key); // another request is computing this very answer
            }
        }
        if (hit != null) {
            return Response.ok(hit.body(), hit.mediaType()).tag(tag).header(HttpHeaders.CACHE_CONTROL, "no-cache").build();
        }
        if (remember) {
            request.setProperty(CACHE_KEY, key);
        }
        return null;
    }

    private static boolean isCatalogGet(ContainerRequestContext request) {
        return "GET".equals(request.getMethod()) && request.getUriInfo().getPath().startsWith("/api/");
    }

    @ServerResponseFilter
    public void afterGet(ContainerRequestContext request, ContainerResponseContext response) {
        Object tag = request.getProperty(TAG);
        if (tag instanceof EntityTag etag && response.getStatus() == 200) {
            response.getHeaders().putSingle(HttpHeaders.ETAG, etag);
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-cache");
        }
        if (response.getStatus() != 200) {
            request.removeProperty(CACHE_KEY);
            releaseClaim(request.getProperty(CLAIMED));
        }
    }

    /** Keeps a copy of a successful answer's bytes for the cache while writing it out. */
    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
        Object key = context.getProperty(CACHE_KEY);
        if (!(key instanceof String cacheKey)) {
            context.proceed();
            return;
        }
        try {
            OutputStream original = context.getOutputStream();
            ByteArrayOutputStream copy = new ByteArrayOutputStream();
            context.setOutputStream(copy);
            context.proceed();
            byte[] body = copy.toByteArray();
            cache.put(cacheKey, new ResponseCache.Entry(body, mediaTypeOf(context)));
            original.write(body);
            context.setOutputStream(original);
        } finally {
            releaseClaim(context.getProperty(CLAIMED));
        }
    }

    private void releaseClaim(Object claimedKey) {
        if (claimedKey instanceof String key) {
            cache.release(key);
        }
    }

    /** The answer's media type; the interceptor context may only know it from the headers. */
    private static String mediaTypeOf(WriterInterceptorContext context) {
        if (context.getMediaType() != null) {
            return context.getMediaType().toString();
        }
        Object header = context.getHeaders().getFirst(HttpHeaders.CONTENT_TYPE);
        return header != null ? header.toString() : "application/json";
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
