package io.summittracker.web.catalog;

import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import io.summittracker.web.ingest.Problem;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The catalog's curation API, for signed-in editors: the portal passes on their bearer token; the catalog checks it. */
@RegisterRestClient(configKey = "catalog")
@Path("/api/v1/corrections")
public interface CorrectionsClient {

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    void submit(@HeaderParam("Authorization") String authorization, CorrectionRequest correction);

    /** Every refusal, with the catalog's problem title and detail when it sent one (401s from the token check may not). */
    @ClientExceptionMapper
    static RuntimeException refused(Response response) {
        if (response.getStatus() < 400) {
            return null;
        }
        Problem problem = null;
        try {
            problem = response.readEntity(Problem.class);
        } catch (RuntimeException unreadable) {
            // No body, or not problem+json.
        }
        return new CorrectionRefused(response.getStatus(), problem == null ? null : problem.title(), problem == null ? null : problem.detail());
    }
}
