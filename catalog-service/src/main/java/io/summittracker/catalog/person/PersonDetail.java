package io.summittracker.catalog.person;

import io.summittracker.catalog.statement.StatementView;
import io.summittracker.catalog.summit.SummitView;
import java.util.List;
import java.util.Map;

/** A person with roles over time, what they said grouped by topic ("other" for untagged), and their summits. */
public record PersonDetail(String id, String name, List<String> aliases, List<PersonView.RoleView> roles,
        Map<String, List<StatementView>> statementsByTopic, List<SummitView> summits) {
}
