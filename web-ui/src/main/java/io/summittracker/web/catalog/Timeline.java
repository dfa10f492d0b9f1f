package io.summittracker.web.catalog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.summittracker.web.EventCategories;
import java.time.LocalDate;
import java.util.List;

/** Summits, the outcomes reached there (dated by their summit), other dated events and dated documents, in date order. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Timeline(List<Entry> items) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Entry(LocalDate date, String kind, String id, String title, String summitId, List<String> topics, String status,
            String category, String documentId) {

        public boolean isSummit() {
            return "summit".equals(kind);
        }

        public boolean isOutcome() {
            return "outcome".equals(kind);
        }

        public boolean isEvent() {
            return "event".equals(kind);
        }

        /** Documents, and any kind a newer catalog adds, are shown as documents are: a dated link. */
        public boolean isDocument() {
            return !isSummit() && !isOutcome() && !isEvent();
        }

        /** "Discussion", "Signing" …: the category of an event, as a label. */
        public String categoryLabel() {
            return EventCategories.label(category);
        }

        /** Where a document entry leads: the document itself (older catalogs give only its id). */
        public String documentLink() {
            return "/documents/" + (documentId != null ? documentId : id);
        }
    }
}
