package io.summittracker.ingest.extraction;

import io.summittracker.events.extraction.Extraction;
import io.summittracker.events.extraction.PersonRef;
import io.summittracker.events.extraction.Role;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PeopleRulesTest {

    private static Role role(PersonRef p, String title) {
        return p.roles().stream().filter(r -> r.title().equals(title)).findFirst().orElse(null);
    }

    @Test
    void appositiveRoleWithTitleAndOrganisation() {
        Extraction e = Shared.run("Test headline\n\nMarta Kowalczyk, Senior Research Fellow at the Brookfield Institute for Peace Studies, said that the talks were useful.\n");
        PersonRef p = Shared.person(e, "Marta Kowalczyk");
        assertNotNull(p);
        Role r = role(p, "Senior Research Fellow");
        assertNotNull(r, p.roles().toString());
        assertEquals("Brookfield Institute for Peace Studies", r.organization());
        assertEquals("role.appositive", r.rule());
        assertTrue(e.organizations().stream().anyMatch(o -> o.name().equals("Brookfield Institute for Peace Studies")));
    }

    @Test
    void twoRolesInOneAppositive() {
        Extraction e = Shared.run("Test headline\n\nOsric Vantabrook, CEO of the Harbour Policy Center and editor of The Quarterly Lens, noted that relations were improving.\n");
        PersonRef p = Shared.person(e, "Osric Vantabrook");
        assertNotNull(p, e.people().toString());
        assertEquals("Harbour Policy Center", role(p, "CEO").organization());
        assertEquals("The Quarterly Lens", role(p, "editor").organization());
    }

    @Test
    void titleBeforeNameGivesCountryFromDemonym() {
        Extraction e = Shared.run("Test headline\n\nThe talks were led by Ukrainian Foreign Minister Oleksandr Tkachuk, who arrived on Monday.\n");
        PersonRef p = Shared.person(e, "Oleksandr Tkachuk");
        assertNotNull(p, e.people().toString());
        Role r = role(p, "Foreign Minister");
        assertNotNull(r, p.roles().toString());
        assertEquals("Ukraine", r.organization());
    }

    @Test
    void authorBioWithFormerRolesAndPeriods() {
        Extraction e = Shared.run("Why Dialogue Matters\nHenrietta Solberg\n\nFormer Norwegian Minister of Defence (2001-2005) and currently Director of the Nordic Security Forum.\n\nThe meeting was useful. It should be repeated soon.\n");
        assertEquals(java.util.List.of("Henrietta Solberg"), e.document().authors());
        PersonRef p = Shared.person(e, "Henrietta Solberg");
        assertNotNull(p);
        Role minister = role(p, "Minister of Defence");
        assertNotNull(minister, p.roles().toString());
        assertTrue(minister.former());
        assertEquals("2001-2005", minister.period());
        assertEquals("Norway", minister.organization());
        assertEquals("Nordic Security Forum", role(p, "Director").organization());
    }

    @Test
    void surnameBackReferenceJoinsThePerson() {
        Extraction e = Shared.run("Test headline\n\nGwendolyn Ashcombe, a senior analyst at the Tidemark Group, said the deal was fragile. Later Ashcombe added that verification would be hard.\n");
        PersonRef p = Shared.person(e, "Gwendolyn Ashcombe");
        assertNotNull(p);
        assertEquals(2, p.mentions().size());
        assertTrue(p.aliases().contains("Ashcombe"));
    }

    @Test
    void spellingVariantsMergeIntoOnePersonWithAliases() {
        Extraction e = Shared.run("Test headline\n\nPiotr Lewandowitz, Director of the Vistula Centre, noted that the summit mattered. "
                + "The results were modest, Lewandowits stressed.\n");
        PersonRef p = Shared.person(e, "Piotr Lewandowitz");
        assertNotNull(p);
        assertTrue(p.aliases().contains("Lewandowits"), p.aliases().toString());
        assertEquals(1, e.people().stream().filter(x -> x.name().startsWith("Piotr")).count());
    }

    @Test
    void namedChairIsNotAPerson() {
        Extraction e = Shared.run("Test headline\n\nAlma Rudbeck, Winston P. Harrowgate Professor at Lindell University, said that the summit mattered.\n");
        assertNotNull(Shared.person(e, "Alma Rudbeck"));
        assertNull(Shared.person(e, "Winston P. Harrowgate"));
    }

    @Test
    void leaderSurnameResolvesFromReferenceList() {
        Extraction e = Shared.run("Test headline\n\nThe Helsinki summit was short. Putin and Trump spoke for two hours.\n");
        PersonRef p = Shared.person(e, "Vladimir Putin");
        assertNotNull(p, e.people().toString());
        assertEquals("President", p.roles().get(0).title());
        assertEquals("Russia", p.roles().get(0).organization());
    }
}
