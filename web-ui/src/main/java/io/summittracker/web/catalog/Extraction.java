package io.summittracker.web.catalog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** Everything extracted from one document, with offsets into its text. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Extraction(List<SummitView> summits, List<Person> people, List<Organization> organizations,
        List<Topic> topics, List<Statement> statements, List<Outcome> outcomes, List<Event> events) {

    /** An extraction with nothing in it. */
    public static Extraction empty() {
        return new Extraction(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Person(String id, String name, List<Role> roles, List<Evidence> mentions) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Role(String title, String organization, boolean former, String period, Evidence evidence) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Organization(String id, String name, String kind, List<Evidence> mentions) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Topic(String slug, double confidence) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Speaker(String id, String name) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Statement(String id, Speaker speaker, List<String> topics, String summit, String text, Evidence evidence,
            String kind) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Outcome(String id, String summit, String summitId, String text, String status, List<String> topics,
            Evidence evidence) {
    }

    /** A dated happening besides the summits: a discussion, a meeting, a signing … ({@code category}). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Event(String id, String date, String category, String summitId, String text, Evidence evidence) {
    }
}
