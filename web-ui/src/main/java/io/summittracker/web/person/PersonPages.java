package io.summittracker.web.person;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.summittracker.web.PageLinks;
import io.summittracker.web.catalog.CatalogClient;
import io.summittracker.web.catalog.Paged;
import io.summittracker.web.catalog.PersonView;
import io.summittracker.web.catalog.StatementView;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** The people directory and one page per person. */
@Path("/people")
@Produces(MediaType.TEXT_HTML)
public class PersonPages {

    static final int PAGE_SIZE = 100;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance people(Paged<PersonView> people, String q, PageLinks pages);

        static native TemplateInstance person(PersonView person, List<TopicGroup> statementsByTopic);
    }

    /** Statements on one topic ("other" when none). */
    public record TopicGroup(String topic, List<StatementView> statements) {
    }

    @Inject
    @RestClient
    CatalogClient catalog;

    @GET
    public TemplateInstance directory(@QueryParam("q") String q, @QueryParam("cursor") String cursor) {
        String query = q == null || q.isBlank() ? null : q.strip();
        String from = PageLinks.cursor(cursor);
        Paged<PersonView> page = PageLinks.fetch(from, () -> catalog.people(query, from, PAGE_SIZE));
        String base = query == null ? "/people" : "/people?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
        return Templates.people(page, query, PageLinks.of(base, from, page.next()));
    }

    @GET
    @Path("/{id}")
    public TemplateInstance person(@PathParam("id") String id) {
        PersonView person = catalog.person(id);
        Map<String, List<StatementView>> byTopic = person.statementsByTopic() == null ? Map.of() : person.statementsByTopic();
        // Topics alphabetically, "other" last.
        Map<String, List<StatementView>> sorted = new TreeMap<>((a, b) ->
                a.equals(b) ? 0 : "other".equals(a) ? 1 : "other".equals(b) ? -1 : a.compareTo(b));
        sorted.putAll(byTopic);
        List<TopicGroup> groups = new ArrayList<>();
        sorted.forEach((topic, statements) -> groups.add(new TopicGroup(topic, statements)));
        return Templates.person(person, groups);
    }
}
