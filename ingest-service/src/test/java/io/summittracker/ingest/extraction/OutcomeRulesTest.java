package io.summittracker.ingest.extraction;

import io.summittracker.events.extraction.Extraction;
import io.summittracker.events.extraction.OutcomeRef;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OutcomeRulesTest {

    private static Map<String, String> statusByText(Extraction e) {
        return e.outcomes().stream().collect(Collectors.toMap(o -> o.evidence().text(), OutcomeRef::status, (a, b) -> a));
    }

    @Test
    void statusCues() {
        String text = "Test headline\n\n"
                + "At the Vancouver summit the presidents agreed to open consulates in two more cities.\n\n"
                + "The leaders agreed in principle to start talks on space cooperation.\n\n"
                + "Clinton proposed a joint fund for dismantling warheads.\n\n"
                + "Yeltsin rejected the American plan for missile defence.\n\n"
                + "The two sides failed to reach an agreement on trade.\n";
        Extraction e = Shared.run(text);
        Map<String, String> s = statusByText(e);
        assertEquals("agreed", find(s, "open consulates"));
        assertEquals("agreed-in-principle", find(s, "space cooperation"));
        assertEquals("proposed", find(s, "joint fund"));
        assertEquals("rejected", find(s, "missile defence"));
        assertEquals("not-reached", find(s, "agreement on trade"));
        assertTrue(e.outcomes().stream().allMatch(o -> "Vancouver summit".equals(o.summit())));
    }

    @Test
    void reportedSpeechIsNotAProposal() {
        Extraction e = Shared.run("Test headline\n\nAt the Vancouver summit little happened. Imogen Strand suggested that the presidents were tired.\n");
        assertTrue(e.outcomes().isEmpty(), e.outcomes().toString());
    }

    @Test
    void opinionAboutWhatShouldBeDoneIsNotAnOutcome() {
        Extraction e = Shared.run("Test headline\n\nAfter the Vancouver summit, Washington should propose new talks on verification.\n");
        assertTrue(e.outcomes().isEmpty(), e.outcomes().toString());
    }

    private static String find(Map<String, String> m, String fragment) {
        return m.entrySet().stream().filter(x -> x.getKey().contains(fragment)).map(Map.Entry::getValue).findFirst().orElse(null);
    }
}
