package io.summittracker.catalog.person;

import java.util.List;

/** A person as the API shows it, with the roles the documents give them. */
public record PersonView(String id, String name, List<String> aliases, List<RoleView> roles) {

    public record RoleView(String title, String organization, boolean former, String period, String documentId, boolean curated) {
    }

    public static PersonView of(Person p) {
        // Roles over time: former ones first, then current; the same role from several documents once.
        List<RoleView> roles = PersonRole.<PersonRole>list("personId = ?1 order by former desc, title, documentId", p.id).stream()
                .map(r -> new RoleView(r.title, r.organization, r.former, r.period, r.documentId, r.curated)).distinct().toList();
        return new PersonView(p.id, p.name, p.aliases, roles);
    }
}
