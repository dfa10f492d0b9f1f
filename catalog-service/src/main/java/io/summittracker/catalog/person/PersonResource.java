package io.summittracker.catalog.person;

import io.summittracker.catalog.api.SortOrder;
import io.summittracker.catalog.api.Lookup;
import io.summittracker.catalog.api.KeysetQuery;
import io.summittracker.catalog.api.Links;
import io.summittracker.catalog.api.Page;
import io.summittracker.catalog.problem.Problem;
import io.summittracker.catalog.statement.Statement;
import io.summittracker.catalog.statement.StatementResource;
import io.summittracker.catalog.statement.StatementView;
import io.summittracker.catalog.summit.Summit;
import io.summittracker.catalog.summit.SummitView;
import io.summittracker.catalog.export.JsonLd;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/people")
@Tag(name = "people", description = "People named in the documents, one record per person across documents")
@Produces(MediaType.APPLICATION_JSON)
public class PersonResource {

    @Inject
    EntityManager em;
    @Inject
    StatementResource statements;

    /** What people lists can be sorted by: name, or how much a person said (zero-padded so text order is numeric order). */
    static final Map<String, String> SORTS = Map.of("name", "lower(name)",
            "statements", "lpad(CAST((SELECT COUNT(*) FROM statement s WHERE s.person_id = person.id AND NOT s.hidden) AS text), 10, '0')");

    @GET
    @Operation(summary = "People by name, optionally those whose name or an alias contains q; cursor-paged")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = Page.class)))
    @APIResponse(responseCode = "400", description = "Bad limit or cursor", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response list(@Parameter(description = "part of a name or alias", example = "Putin") @QueryParam("q") String q,
            @Parameter(description = "name (default) or statements; -statements for the most quoted first", example = "-statements") @QueryParam("sort") String sort,
            @QueryParam("cursor") String cursor, @QueryParam("limit") @DefaultValue("100") int limit, @Context UriInfo uri) {
        String like = q == null || q.isBlank() ? null : "%" + q.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        Page<PersonView> page = new KeysetQuery("person", SortOrder.parse(sort, "name", SORTS), "id")
                .where("(name ILIKE ? OR aliases::text ILIKE ?)", like)
                .page(em, Person.class, cursor, limit, PersonView::of);
        return Links.paged(page, uri);
    }

    @GET
    @Path("/{id}")
    @Produces("application/ld+json")
    @Operation(summary = "One person as a schema.org Person (JSON-LD)")
    public String jsonLd(@PathParam("id") String id, @Context UriInfo uri) {
        Person p = Lookup.found(Person.findById(id), "person", id);
        return JsonLd.write("people", PersonView.of(p), uri);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One person: roles over time, statements by topic, summits")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PersonDetail.class)))
    @APIResponse(responseCode = "404", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @SuppressWarnings("unchecked")
    public PersonDetail get(@PathParam("id") String id) {
        Person p = Lookup.found(Person.findById(id), "person", id);
        Map<String, List<StatementView>> byTopic = new TreeMap<>();
        for (Statement s : Statement.<Statement>list("personId = ?1 and hidden = false order by documentId, evidenceStart", id)) {
            StatementView view = statements.view(s);
            for (String topic : s.topics == null || s.topics.isEmpty() ? List.of("other") : s.topics) {
                byTopic.computeIfAbsent(topic, k -> new ArrayList<>()).add(view);
            }
        }
        List<Summit> summits = em.createNativeQuery("SELECT * FROM summit WHERE id IN ("
                + "SELECT summit_id FROM statement WHERE person_id = ?1 AND summit_id IS NOT NULL) "
                + "OR leaders::text ILIKE ?2 ORDER BY start_date NULLS LAST, id", Summit.class)
                .setParameter(1, id).setParameter(2, "%\"" + p.name.replace("%", "\\%") + "\"%").getResultList();
        PersonView view = PersonView.of(p);
        return new PersonDetail(p.id, p.name, p.aliases, view.roles(), byTopic, summits.stream().map(SummitView::of).toList());
    }
}
