package io.summittracker.catalog.document;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.hibernate.orm.panache.Panache;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Replaces an extraction's document-local person ids by the catalog's, which are the same across documents. */
final class CatalogIds {

    private CatalogIds() {
    }

    @SuppressWarnings("unchecked")
    static void rewritePeople(ObjectNode extraction, String documentId) {
        Map<String, String> ids = new HashMap<>();
        List<Object[]> rows = Panache.getEntityManager()
                .createNativeQuery("SELECT local_id, person_id FROM document_person WHERE document_id = ?1")
                .setParameter(1, documentId).getResultList();
        rows.forEach(r -> ids.put((String) r[0], (String) r[1]));
        for (JsonNode person : extraction.path("people")) {
            String catalogId = ids.get(person.path("id").asText());
            if (catalogId != null) {
                ((ObjectNode) person).put("id", catalogId);
            }
        }
        for (JsonNode statement : extraction.path("statements")) {
            JsonNode speaker = statement.path("speaker");
            String catalogId = ids.get(speaker.path("id").asText());
            if (catalogId != null && speaker instanceof ObjectNode s) {
                s.put("id", catalogId);
            }
        }
    }
}
