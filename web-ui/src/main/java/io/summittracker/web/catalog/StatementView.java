package io.summittracker.web.catalog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** Something someone said, with its evidence. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record StatementView(String id, String documentId, String speakerId, String speakerName, String summitId,
        List<String> topics, String text, String kind, Evidence evidence, double confidence, String rule) {

    /** The same statement filed under other topics (to group a topic page's statements by speaker only). */
    public StatementView withTopics(List<String> others) {
        return new StatementView(id, documentId, speakerId, speakerName, summitId, others, text, kind, evidence, confidence, rule);
    }
}
