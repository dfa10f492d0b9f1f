package io.summittracker.web.catalog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** An organisation; the detail call adds its people and documents. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OrganizationView(String id, String name, String kind, List<Member> people, List<DocumentView> documents) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Member(String id, String name, String title) {
    }
}
