package io.summittracker.web.ingest;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.client.api.ClientMultipartForm;
import io.quarkus.rest.client.reactive.ClientExceptionMapper;

/** The ingest API: where the portal hands over an article an analyst adds. */
@RegisterRestClient(configKey = "ingest")
@Path("/api/v1/documents")
public interface IngestClient {

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    IngestReceipt submit(ClientMultipartForm form);

    @GET
    @Path("/{id}")
    IngestReceipt state(@PathParam("id") String id);

    /** The ingest service's 4xx problems carry a human {@code detail}: keep it to show the analyst. */
    @ClientExceptionMapper
    static RuntimeException rejected(Response response) {
        int status = response.getStatus();
        if (status < 400 || status >= 500) {
            return null;
        }
        String detail = null;
        try {
            detail = response.readEntity(Problem.class).detail();
        } catch (RuntimeException unreadable) {
            // Not problem+json: fall back to a generic message below.
        }
        return new IngestRejected(status, detail);
    }
}
