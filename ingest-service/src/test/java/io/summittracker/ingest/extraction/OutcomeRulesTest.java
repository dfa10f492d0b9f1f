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

    @Test
    void moreStatusCues() {
        String text = "Test headline\n\n"
                + "At the Vancouver summit the two sides reached no agreement on fishing rights.\n\n"
                + "A trade agreement was signed that would lower tariffs on grain.\n\n"
                + "The presidents instructed their negotiators to finish a treaty on space launches.\n\n"
                + "The leaders had not agreed on the pace of troop cuts.\n\n"
                + "The two governments agreed that talks on cultural exchanges should continue.\n\n"
                + "The presidents accepted an invitation to visit Ottawa in the spring.\n\n"
                + "The two presidents exchanged the instruments of ratification of the consular convention.\n";
        Map<String, String> s = statusByText(Shared.run(text));
        assertEquals("not-reached", find(s, "fishing rights"));
        assertEquals("agreed", find(s, "lower tariffs"));
        assertEquals("agreed-in-principle", find(s, "space launches"));
        assertEquals("not-reached", find(s, "troop cuts"));
        assertEquals("agreed", find(s, "cultural exchanges"));
        assertEquals("agreed", find(s, "visit Ottawa"));
        assertEquals("agreed", find(s, "instruments of ratification"));
    }

    @Test
    void backgroundSinceClauseIsNotAnOutcome() {
        Extraction e = Shared.run("Test headline\n\nThe Vancouver summit was the busiest since the treaty was signed in 1987.\n");
        assertTrue(e.outcomes().isEmpty(), e.outcomes().toString());
    }

    @Test
    void aVoteCalledForADateIsNotAProposal() {
        Extraction e = Shared.run("Test headline\n\nAt the Vancouver summit Yeltsin spoke about the referendum he had called for 25 April.\n");
        assertTrue(e.outcomes().stream().noneMatch(o -> o.status().equals("proposed")), e.outcomes().toString());
    }

    private static String find(Map<String, String> m, String fragment) {
        return m.entrySet().stream().filter(x -> x.getKey().contains(fragment)).map(Map.Entry::getValue).findFirst().orElse(null);
    }
}
