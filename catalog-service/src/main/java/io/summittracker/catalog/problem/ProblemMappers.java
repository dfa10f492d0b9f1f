package io.summittracker.catalog.problem;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;
import java.util.List;

/** Turns every failure into {@code application/problem+json}; clients never see a stack trace. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response refused(ProblemException e, UriInfo uri) {
        return problem(e.status(), e.title(), e.getMessage(), uri);
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri, SimpleResourceInfo resource) {
        // JAX-RS reports a query or path parameter it could not convert as 404 with the conversion failure as cause.
        if (e instanceof NotFoundException && e.getCause() != null && !(e.getCause() instanceof WebApplicationException)) {
            List<String> mistyped = MistypedParameters.describe(resource, uri);
            return problem(400, "Bad parameter", mistyped.isEmpty() ? "A parameter has the wrong type."
                    : String.join("; ", mistyped) + ".", uri);
        }
        Response.StatusType status = e.getResponse().getStatusInfo();
        return problem(status.getStatusCode(), status.getReasonPhrase(), e.getMessage(), uri);
    }

    @ServerExceptionMapper
    public Response unauthenticated(io.quarkus.security.UnauthorizedException e, UriInfo uri) {
        return Response.fromResponse(problem(401, "Unauthorized", "Corrections need a bearer token of an editor.", uri))
                .header("WWW-Authenticate", "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(io.quarkus.security.ForbiddenException e, UriInfo uri) {
        return problem(403, "Forbidden", "Only editors may correct the catalog.", uri);
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        LOG.error("Unexpected failure on " + uri.getPath(), e);
        return problem(500, "Internal error", "The request could not be completed; it has been logged.", uri);
    }

    static Response problem(int status, String title, String detail, UriInfo uri) {
        return Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .entity(new Problem("about:blank", title, status, detail, uri.getPath()))
                .build();
    }
}
