package io.summittracker.web.document;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.summittracker.web.EventCategories;
import io.summittracker.web.catalog.CatalogClient;
import io.summittracker.web.catalog.DocumentView;
import io.summittracker.web.catalog.Evidence;
import io.summittracker.web.catalog.Extraction;
import io.summittracker.web.catalog.SummitView;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** The document reader: the text with the extracted facts highlighted, and a panel listing them all. */
@Path("/documents")
@Produces(MediaType.TEXT_HTML)
public class DocumentPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance document(DocumentView document, List<Segment> segments, List<Fact> facts,
                Set<Integer> marked, List<SummitView> summits, List<Extraction.Topic> topics);
    }

    @Inject
    @RestClient
    CatalogClient catalog;

    @GET
    @Path("/{id}")
    public TemplateInstance show(@PathParam("id") String id) {
        DocumentView document = catalog.document(id);
        Extraction extraction = extractionOf(id);
        List<Fact> facts = facts(extraction);
        List<Segment> segments = HighlightedText.segments(document.text(), facts);
        Set<Integer> marked = segments.stream().filter(Segment::highlighted).map(s -> s.fact().number()).collect(Collectors.toSet());
        return Templates.document(document, segments, facts, marked, orEmpty(extraction.summits()), orEmpty(extraction.topics()));
    }

    /** A document whose extraction is not there (yet) is still worth reading: show it without highlights. */
    private Extraction extractionOf(String id) {
        try {
            return catalog.extraction(id);
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                return Extraction.empty();
            }
            throw e;
        }
    }

    /** Outcomes and statements first: they win over the names inside them when spans overlap. */
    static List<Fact> facts(Extraction x) {
        List<Fact> facts = new ArrayList<>();
        for (Extraction.Outcome o : orEmpty(x.outcomes())) {
            String summit = o.summit() != null && !o.summit().isBlank() ? o.summit() : "Summit";
            facts.add(new Fact(facts.size() + 1, facts.size() + 1, "outcome", summit, o.text(), o.status(),
                    o.summitId() != null ? "/summits/" + o.summitId() : null, o.evidence()));
        }
        for (Extraction.Statement s : orEmpty(x.statements())) {
            String speaker = s.speaker() != null && s.speaker().name() != null ? s.speaker().name() : "Unnamed speaker";
            facts.add(new Fact(facts.size() + 1, facts.size() + 1, "statement", speaker, s.text(), null,
                    s.speaker() != null && s.speaker().id() != null ? "/people/" + s.speaker().id() : null, s.evidence()));
        }
        for (Extraction.Person p : orEmpty(x.people())) {
            String roles = String.join("; ", orEmpty(p.roles()).stream().map(r -> (r.former() ? "former " : "")
                    + r.title() + (r.organization() != null ? ", " + r.organization() : "")).toList());
            int first = facts.size() + 1;
            for (Evidence mention : p.mentions() == null || p.mentions().isEmpty() ? listOfNull() : p.mentions()) {
                facts.add(new Fact(facts.size() + 1, first, "person", p.name(), roles, null, "/people/" + p.id(), mention));
            }
        }
        for (Extraction.Organization o : orEmpty(x.organizations())) {
            int first = facts.size() + 1;
            for (Evidence mention : o.mentions() == null || o.mentions().isEmpty() ? listOfNull() : o.mentions()) {
                facts.add(new Fact(facts.size() + 1, first, "organization", o.name(), o.kind(), null, "/organizations/" + o.id(), mention));
            }
        }
        // Last: an event's evidence is its whole sentence, so the statements and names inside it keep their marks.
        for (Extraction.Event e : orEmpty(x.events())) {
            String label = EventCategories.label(e.category()) + (e.date() == null ? "" : ", " + e.date());
            facts.add(new Fact(facts.size() + 1, facts.size() + 1, "event", label, e.text(), null,
                    e.summitId() != null ? "/summits/" + e.summitId() : null, e.evidence()));
        }
        return facts;
    }

    /** One entry without a place in the text, so that someone never quoted is still listed. */
    private static List<Evidence> listOfNull() {
        List<Evidence> one = new ArrayList<>();
        one.add(null);
        return one;
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
