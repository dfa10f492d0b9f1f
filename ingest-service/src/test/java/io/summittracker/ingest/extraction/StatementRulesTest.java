package io.summittracker.ingest.extraction;

import io.summittracker.events.extraction.Extraction;
import io.summittracker.events.extraction.StatementRef;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StatementRulesTest {

    @Test
    void reportedSpeechKeepsTheViewAsTextAndTheClauseAsEvidence() {
        Extraction e = Shared.run("Test headline\n\nTamsin Oakhurst, Director of the Greyfield Institute, noted that the ceasefire talks had stalled again.\n");
        StatementRef s = Shared.statementContaining(e, "the ceasefire talks had stalled");
        assertNotNull(s);
        assertEquals("Tamsin Oakhurst", s.speaker().name());
        assertEquals("reported", s.kind());
        assertTrue(s.text().startsWith("the ceasefire"), s.text());
        assertTrue(s.evidence().text().startsWith("Tamsin Oakhurst"), "evidence is the whole clause");
    }

    @Test
    void accordingToNamesTheSpeaker() {
        Extraction e = Shared.run("Test headline\n\nBenedikt Sauer, a fellow at the Marlow Centre, spoke first. According to Sauer, the sanctions regime will not change this year.\n");
        StatementRef s = Shared.statementContaining(e, "the sanctions regime will not change");
        assertNotNull(s);
        assertEquals("Benedikt Sauer", s.speaker().name());
        assertTrue(s.topics().contains("sanctions"));
    }

    @Test
    void continuedAttributionStaysWithTheSpeaker() {
        Extraction e = Shared.run("Test headline\n\nOrla Quenby, a professor at Fenwick University, said that the meeting was overdue. "
                + "Both sides need a channel for crises. She added that embassies must be fully staffed.\n");
        StatementRef cont = Shared.statementContaining(e, "Both sides need a channel");
        assertNotNull(cont);
        assertEquals("Orla Quenby", cont.speaker().name());
        assertEquals("continued", cont.kind());
        StatementRef added = Shared.statementContaining(e, "embassies must be fully staffed");
        assertNotNull(added);
        assertEquals("Orla Quenby", added.speaker().name());
        assertTrue(added.topics().contains("diplomacy"));
    }

    @Test
    void quoteBeforeInvertedAttribution() {
        Extraction e = Shared.run("Test headline\n\n\"We are further apart than ever,\" said Idris Montague, a senior fellow at the Corran Institute.\n");
        StatementRef s = Shared.statementContaining(e, "We are further apart than ever");
        assertNotNull(s);
        assertEquals("Idris Montague", s.speaker().name());
    }

    @Test
    void unnamedSpeakerIsNotAttributedToThePreviousOne() {
        Extraction e = Shared.run("MOSCOW (Wire) — Talks ended on Friday.\n\nLeontine Farrow, an analyst at the Kestrel Group, said that the talks were a failure. "
                + "An official who attended said the mood had been cordial.\n");
        assertNull(Shared.statementContaining(e, "the mood had been cordial"));
    }

    @Test
    void singleAuthorEssayMakesTheAuthorTheSpeaker() {
        Extraction e = Shared.run("On Summits\nCressida Holloway\n\nSummits matter because leaders can overrule bureaucracies. Arms control needs political will at the top.\n");
        StatementRef s = Shared.statementContaining(e, "Arms control needs political will");
        assertNotNull(s);
        assertEquals("Cressida Holloway", s.speaker().name());
        assertEquals("authorial", s.kind());
        assertTrue(s.topics().contains("arms-control"));
    }
}
