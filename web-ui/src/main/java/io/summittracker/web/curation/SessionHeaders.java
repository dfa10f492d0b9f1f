package io.summittracker.web.curation;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Pages for a signed-in editor carry their form token: no cache may keep them. A flash message is shown once:
 * the page that shows it (any GET) deletes its cookie.
 */
public class SessionHeaders {

    @ServerResponseFilter
    public void headers(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getCookies().containsKey(EditorSession.COOKIE)) {
            response.getHeaders().putSingle("Cache-Control", "no-store");
        }
        if (request.getCookies().containsKey(Flash.COOKIE) && "GET".equals(request.getMethod())
                && (response.getMediaType() == null || response.getMediaType().isCompatible(jakarta.ws.rs.core.MediaType.TEXT_HTML_TYPE))) {
            response.getHeaders().add("Set-Cookie", Flash.COOKIE + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict");
        }
    }
}
