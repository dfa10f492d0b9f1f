package io.summittracker.web.catalog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Map;

/** A person, resolved across documents; the detail call adds statements by topic and summits. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PersonView(String id, String name, List<String> aliases, List<Role> roles,
        Map<String, List<StatementView>> statementsByTopic, List<SummitView> summits) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Role(String title, String organization, boolean former, String period, String documentId, boolean curated) {
    }
}
