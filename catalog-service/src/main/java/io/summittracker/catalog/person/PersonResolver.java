package io.summittracker.catalog.person;

import io.summittracker.catalog.curation.CorrectionService;
import io.summittracker.events.extraction.PersonRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the catalog's record for a person named in a document, or creates it: the same full name, or a
 * full name already known as an alias, is the same person in every document.
 */
@ApplicationScoped
public class PersonResolver {

    @Inject
    EntityManager em;
    @Inject
    CorrectionService corrections;

    public Person resolve(PersonRef ref) {
        Set<String> fullNames = new LinkedHashSet<>();
        fullNames.add(ref.name().strip());
        if (ref.aliases() != null) {
            ref.aliases().stream().map(String::strip).filter(a -> a.contains(" ")).forEach(fullNames::add);
        }
        Person person = Person.findById(corrections.mergedInto(key(ref.name())));
        if (person == null) {
            person = findByAnyName(fullNames);
        }
        if (person == null) {
            person = new Person();
            person.id = key(ref.name());
            person.name = ref.name().strip();
            person.aliases = new ArrayList<>();
            person.persist();
        }
        mergeAliases(person, ref);
        return person;
    }

    /** The stable key of a name: lower case, ASCII letters and digits, words joined by hyphens. */
    public static String key(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String key = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return key.length() > 120 ? key.substring(0, 120) : key;
    }

    @SuppressWarnings("unchecked")
    private Person findByAnyName(Set<String> names) {
        List<String> list = new ArrayList<>(names);
        StringBuilder placeholders = new StringBuilder();
        for (int i = 1; i <= list.size(); i++) {
            placeholders.append(i == 1 ? "" : ", ").append('?').append(i);
        }
        var query = em.createNativeQuery("SELECT id FROM person WHERE name IN (" + placeholders
                + ") OR jsonb_exists_any(aliases, ARRAY[" + placeholders + "]::text[]) ORDER BY id LIMIT 1");
        for (int i = 0; i < list.size(); i++) {
            query.setParameter(i + 1, list.get(i));
        }
        List<String> ids = query.getResultList();
        return ids.isEmpty() ? null : Person.findById(ids.get(0));
    }

    private static void mergeAliases(Person person, PersonRef ref) {
        Set<String> aliases = new LinkedHashSet<>(person.aliases == null ? List.of() : person.aliases);
        if (!ref.name().strip().equals(person.name)) {
            aliases.add(ref.name().strip());
        }
        if (ref.aliases() != null) {
            ref.aliases().stream().map(String::strip).filter(a -> !a.isEmpty() && !a.equals(person.name)).forEach(aliases::add);
        }
        if (!aliases.equals(new LinkedHashSet<>(person.aliases == null ? List.of() : person.aliases))) {
            person.aliases = new ArrayList<>(aliases);
        }
    }
}
