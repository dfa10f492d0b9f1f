package io.summittracker.catalog.person;

import io.quarkus.panache.common.Sort;
import io.summittracker.catalog.problem.Problem;
import io.summittracker.catalog.problem.ProblemException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/people")
@Tag(name = "people", description = "People named in the documents, one record per person across documents")
@Produces(MediaType.APPLICATION_JSON)
public class PersonResource {

    @Inject
    EntityManager em;

    @GET
    @Operation(summary = "People by name, optionally matching a name or alias")
    @SuppressWarnings("unchecked")
    public List<PersonView> list(@Parameter(description = "part of a name or alias") @QueryParam("q") String q) {
        if (q == null || q.isBlank()) {
            return Person.<Person>findAll(Sort.ascending("name")).list().stream().map(PersonView::of).toList();
        }
        List<Person> found = em.createNativeQuery("SELECT * FROM person WHERE name ILIKE ?1 OR aliases::text ILIKE ?1 ORDER BY name",
                Person.class).setParameter(1, "%" + q.strip().replace("%", "\\%").replace("_", "\\_") + "%").getResultList();
        return found.stream().map(PersonView::of).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One person with their roles")
    @APIResponse(responseCode = "404", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public PersonView get(@PathParam("id") String id) {
        Person p = Person.findById(id);
        if (p == null) {
            throw new ProblemException(404, "Not found", "No person " + id + ".");
        }
        return PersonView.of(p);
    }
}
