package io.summittracker.catalog.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** schema.org JSON-LD for summits (Event), people (Person) and organisations (Organization). */
public final class JsonLd {

    public static final String CONTEXT = "https://schema.org";
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private JsonLd() {
    }

    /** The JSON-LD text of one API view (a summit, person or organisation view), with ids under the request's base URL. */
    public static String write(String resource, Object view, jakarta.ws.rs.core.UriInfo uri) {
        try {
            return io.summittracker.events.DocumentEvents.mapper().writeValueAsString(
                    of(resource, io.summittracker.events.DocumentEvents.mapper().valueToTree(view), uri.getBaseUri().toString().replaceAll("/$", "")));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code row} has the fields of the export of {@code resource}; {@code base} is the API's base URL. */
    public static ObjectNode of(String resource, JsonNode row, String base) {
        return switch (resource) {
            case "summits" -> summit(row, base);
            case "people" -> person(row, base);
            case "organizations" -> organization(row, base);
            default -> throw new IllegalArgumentException("no JSON-LD for " + resource);
        };
    }

    static ObjectNode summit(JsonNode s, String base) {
        ObjectNode e = node("Event", base + "/api/v1/summits/" + s.path("id").asText());
        e.put("name", s.path("name").asText());
        copy(s, "date", e, "startDate");
        copy(s, "end", e, "endDate");
        if (!s.path("city").isNull() && !s.path("city").isMissingNode()) {
            ObjectNode place = e.putObject("location").put("@type", "Place").put("name", s.path("city").asText());
            ObjectNode address = place.putObject("address").put("@type", "PostalAddress").put("addressLocality", s.path("city").asText());
            copy(s, "country", address, "addressCountry");
        }
        ArrayNode attendees = e.putArray("attendee");
        s.path("leaders").forEach(l -> attendees.addObject().put("@type", "Person").put("name", l.asText()));
        return e;
    }

    static ObjectNode person(JsonNode p, String base) {
        ObjectNode n = node("Person", base + "/api/v1/people/" + p.path("id").asText());
        n.put("name", p.path("name").asText());
        ArrayNode alternate = n.putArray("alternateName");
        p.path("aliases").forEach(a -> alternate.add(a.asText()));
        ArrayNode titles = n.putArray("jobTitle");
        ArrayNode affiliations = n.putArray("affiliation");
        p.path("roles").forEach(r -> {
            titles.add(r.path("title").asText());
            if (r.hasNonNull("organization")) {
                affiliations.addObject().put("@type", "Organization").put("name", r.path("organization").asText());
            }
        });
        return n;
    }

    static ObjectNode organization(JsonNode o, String base) {
        ObjectNode n = node("Organization", base + "/api/v1/organizations/" + o.path("id").asText());
        n.put("name", o.path("name").asText());
        copy(o, "kind", n, "additionalType");
        return n;
    }

    private static ObjectNode node(String type, String id) {
        ObjectNode n = JSON.objectNode();
        n.put("@context", CONTEXT).put("@type", type).put("@id", id);
        return n;
    }

    private static void copy(JsonNode from, String field, ObjectNode to, String as) {
        if (from.hasNonNull(field)) {
            to.put(as, from.path(field).asText());
        }
    }
}
