package io.summittracker.web.summit;

import io.summittracker.web.catalog.StatementView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Statements about one topic, grouped by speaker: how the summit page reads "who said what about what". */
public record TopicStatements(String topic, List<SpeakerStatements> speakers) {

    public record SpeakerStatements(String speakerId, String speakerName, List<StatementView> statements) {
    }

    /** A statement on several topics is listed under each; one on none under "other" (last). */
    public static List<TopicStatements> group(List<StatementView> statements) {
        if (statements == null) {
            return List.of();
        }
        Map<String, Map<String, List<StatementView>>> byTopic = new TreeMap<>((a, b) ->
                a.equals(b) ? 0 : "other".equals(a) ? 1 : "other".equals(b) ? -1 : a.compareTo(b));
        for (StatementView s : statements) {
            List<String> topics = s.topics() == null || s.topics().isEmpty() ? List.of("other") : s.topics();
            for (String topic : topics) {
                String speaker = s.speakerId() != null ? s.speakerId() : "";
                byTopic.computeIfAbsent(topic, k -> new LinkedHashMap<>())
                        .computeIfAbsent(speaker, k -> new ArrayList<>()).add(s);
            }
        }
        List<TopicStatements> groups = new ArrayList<>();
        byTopic.forEach((topic, bySpeaker) -> {
            List<SpeakerStatements> speakers = new ArrayList<>();
            bySpeaker.forEach((id, list) -> speakers.add(new SpeakerStatements(id.isEmpty() ? null : id,
                    list.get(0).speakerName() != null ? list.get(0).speakerName() : "Unnamed speaker", list)));
            groups.add(new TopicStatements(topic, speakers));
        });
        return groups;
    }

    /** Statements grouped by speaker only, in the order of their first statement; each keeps its own topics. */
    public static List<SpeakerStatements> bySpeaker(List<StatementView> statements) {
        Map<String, List<StatementView>> bySpeaker = new LinkedHashMap<>();
        for (StatementView s : statements == null ? List.<StatementView>of() : statements) {
            bySpeaker.computeIfAbsent(s.speakerId() != null ? s.speakerId() : "", k -> new ArrayList<>()).add(s);
        }
        List<SpeakerStatements> speakers = new ArrayList<>();
        bySpeaker.forEach((id, list) -> speakers.add(new SpeakerStatements(id.isEmpty() ? null : id,
                list.get(0).speakerName() != null ? list.get(0).speakerName() : "Unnamed speaker", list)));
        return speakers;
    }
}
