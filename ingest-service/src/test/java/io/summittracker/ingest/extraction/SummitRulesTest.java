package io.summittracker.ingest.extraction;

import io.summittracker.events.extraction.Extraction;
import io.summittracker.events.extraction.SummitRef;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SummitRulesTest {

    @Test
    void placeAndDateAloneIsNotASummit() {
        Extraction e = Shared.run("Test headline\n\nBoth capitals still refer to the 2012 Geneva agreements on Syria. A new summit could help.\n");
        assertTrue(e.summits().isEmpty(), e.summits().toString());
    }

    @Test
    void partialDateChoosesAmongSummitsInOnePlace() {
        Extraction e = Shared.run("Test headline\n\nOn 20 March the two presidents met for the Helsinki summit. Clinton and Yeltsin talked about NATO.\n");
        assertEquals(1, e.summits().size());
        SummitRef s = e.summits().get(0);
        assertEquals("helsinki-1997", s.id());
        assertEquals("1997-03-20", s.date());
        assertTrue(s.leaders().contains("Boris Yeltsin"));
    }

    @Test
    void explicitYearSelectsTheSummit() {
        Extraction e = Shared.run("Test headline\n\nHistorians still debate the 1985 Geneva summit and what it changed.\n");
        assertEquals("geneva-1985", e.summits().get(0).id());
        assertEquals("Ronald Reagan", e.summits().get(0).leaders().get(0));
    }

    @Test
    void relativeDateFromPublicationDate() {
        Extraction e = Shared.run("Leaders Meet\nThe Daily Ledger, July 23, 2018\n\nPresident Donald Trump and Vladimir Putin met last week in Helsinki for talks.\n");
        assertEquals("helsinki-2018", e.summits().get(0).id());
    }

    @Test
    void summitMissingFromGazetteerIsCreatedFromText() {
        Extraction e = Shared.run("Test headline\n\nPutin and the American president met at the Istanbul summit on 3 May 2031, the first such meeting in years.\n");
        SummitRef s = e.summits().stream().filter(x -> x.city().equals("Istanbul")).findFirst().orElseThrow();
        assertFalse(s.fromGazetteer());
        assertEquals("2031-05-03", s.date());
        assertEquals("Turkey", s.country());
    }

    @Test
    void futureMeetingIsNotASummit() {
        Extraction e = Shared.run("Test headline\n\nReagan and Gorbachev said they would hold a meeting in Moscow next year.\n");
        assertTrue(e.summits().isEmpty(), e.summits().toString());
    }
}
