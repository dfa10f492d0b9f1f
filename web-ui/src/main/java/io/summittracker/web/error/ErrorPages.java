package io.summittracker.web.error;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Friendly pages for every failure: the reader learns what happened and what to do, never a stack trace. */
public class ErrorPages {

    private static final Logger LOG = Logger.getLogger(ErrorPages.class);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance error(int status, String heading, String message);
    }

    @ServerExceptionMapper
    public Response clientFailure(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status == 404 || e instanceof NotFoundException) {
            return page(404, "Not found", "There is nothing at this address. It may have been mistyped, or the document may not be in the catalog yet.");
        }
        if (status >= 500) {
            LOG.warn("Catalog answered " + status + ": " + e.getMessage());
            return page(503, "The catalog is having trouble", "The catalog service answered with an error. Please try again in a moment.");
        }
        return page(status, "Request not understood", e.getMessage());
    }

    @ServerExceptionMapper
    public Response catalogUnreachable(ProcessingException e) {
        LOG.warn("Catalog unreachable: " + e.getMessage());
        return page(503, "The catalog is unavailable",
                "The portal cannot reach the catalog service right now. Your data is safe; please try again in a moment.");
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        LOG.error("Unexpected failure", e);
        return page(500, "Something went wrong", "The page could not be shown. The problem has been logged.");
    }

    private static Response page(int status, String heading, String message) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.error(status, heading, message).render()).build();
    }
}
