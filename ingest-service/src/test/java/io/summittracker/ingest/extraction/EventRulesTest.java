package io.summittracker.ingest.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.summittracker.events.extraction.EventRef;
import io.summittracker.events.extraction.Extraction;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Dated events besides the summits, on invented texts. */
class EventRulesTest {

    private static EventRef about(Extraction e, String words) {
        return e.events().stream().filter(v -> v.evidence().text().contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no event about '" + words + "' in " + e.events()));
    }

    @Test
    void aDayWithoutItsYearTakesTheYearOfTheSummitWhoseDatesContainIt() {
        Extraction e = Shared.run("Notes on Reykjavik\n\n"
                + "The Reykjavik summit of October 1986 ended without a treaty. On 12 October the two delegations signed a short protocol on "
                + "working groups, and the leaders parted in the evening.\n");
        EventRef signing = about(e, "signed a short protocol");
        assertEquals("1986-10-12", signing.date());
        assertEquals("signing", signing.category());
        assertEquals("reykjavik-1986", signing.summitId());
        assertTrue(signing.rule().endsWith("year-from-summit"), signing.rule());
    }

    @Test
    void aDayOutsideEverySummitTakesThePublicationYearAndADiscussionIsKept() {
        Extraction e = Shared.run("Panel report\nPosted 3 May 2023\n\n"
                + "On 28 April, the Harwell Forum on Arms Control held a discussion on the future of strategic stability talks.\n");
        EventRef panel = about(e, "held a discussion");
        assertEquals("2023-04-28", panel.date());
        assertEquals("discussion", panel.category());
        assertNull(panel.summitId());
        assertTrue(panel.topics().contains("arms-control"), panel.topics().toString());
    }

    @Test
    void aFullDateNeedsNoContextAndTheNearestCueGivesTheCategory() {
        Extraction e = Shared.run("Chronology\n\n"
                + "After weeks of silence the two presidents spoke by telephone on 9 March 2014 about the crisis.\n");
        EventRef call = about(e, "spoke by telephone");
        assertEquals("2014-03-09", call.date());
        assertEquals("call", call.category());
        assertTrue(call.rule().endsWith("year-from-text"));
    }

    @Test
    void aRangeGivesItsYearToItsFirstDayAndAMeetingAtTheSummitIsTheSummitItself() {
        Extraction e = Shared.run("Looking back\n\n"
                + "The presidents met at the Helsinki summit on 20 and 21 March 1997 for their fourth meeting. Their foreign ministers met "
                + "again in Moscow on 15 April 1997 to prepare the next round.\n\n"
                + "Expert groups signed working papers between 30 May and 2 June 1995.\n");
        List<EventRef> events = e.events();
        assertEquals(2, events.size(), events.toString());
        assertEquals("1997-04-15", events.get(0).date());
        assertEquals("meeting", events.get(0).category());
        assertEquals("1995-05-30", events.get(1).date());
        assertEquals("signing", events.get(1).category());
    }

    @Test
    void noEventWithoutAYearToGoOnNorForADatelineOrADayInAnotherClause() {
        Extraction e = Shared.run("Lecture series\n\n"
                + "On 14 November, Professor Ilse Varga gave the third lecture of the series.\n\n"
                + "The two leaders signed an interim accord, which expires on 5 December.\n\n"
                + "Published 2 February 2020 in the archive of seminar notes.\n");
        assertTrue(e.events().isEmpty(), e.events().toString());
    }

    @Test
    void anExtensionFileAddsCues() throws Exception {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("cues");
        java.nio.file.Files.writeString(dir.resolve("event-cues.tsv"), "\\bwreath-laying\\b\tceremony\n");
        Extractor extended = new Extractor(dir);
        Extraction e = extended.extract("Ceremony\n\nA wreath-laying took place on 7 November 1987 at the memorial.\n", "t.txt");
        assertEquals("ceremony", e.events().get(0).category());
        assertEquals("1987-11-07", e.events().get(0).date());
    }
}
