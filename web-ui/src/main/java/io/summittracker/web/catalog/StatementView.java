package io.summittracker.web.catalog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** Something someone said, with its evidence; {@code curated} when an editor corrected it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record StatementView(String id, String documentId, String speakerId, String speakerName, String summitId,
        List<String> topics, String text, String kind, Evidence evidence, double confidence, String rule, boolean curated) {

    /** The topics as an editor types them: slugs separated by spaces. */
    public String topicSlugs() {
        return topics == null ? "" : String.join(" ", topics);
    }
}
