package io.summittracker.web.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A correction as the catalog takes it ({@code POST /api/v1/corrections}); only the fields of its kind are
 * sent. merge-people: {@code source} into {@code person}; edit-role: the role {@code title}/{@code organization}
 * of {@code person} gets the new values given; outcome-status; retag (a statement's topics); hide-statement.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CorrectionRequest(String kind, String person, String source, String title, String organization,
        String newTitle, String newOrganization, Boolean former, String period, String outcome, String statement,
        String status, List<String> topics, Boolean hidden, String note) {

    public static CorrectionRequest outcomeStatus(String outcome, String status, String note) {
        return new CorrectionRequest("outcome-status", null, null, null, null, null, null, null, null, outcome, null, status, null, null, note);
    }

    public static CorrectionRequest retag(String statement, List<String> topics, String note) {
        return new CorrectionRequest("retag", null, null, null, null, null, null, null, null, null, statement, null, topics, null, note);
    }

    public static CorrectionRequest hideStatement(String statement, String note) {
        return new CorrectionRequest("hide-statement", null, null, null, null, null, null, null, null, null, statement, null, null, true, note);
    }

    public static CorrectionRequest mergePeople(String source, String kept, String note) {
        return new CorrectionRequest("merge-people", kept, source, null, null, null, null, null, null, null, null, null, null, null, note);
    }

    public static CorrectionRequest editRole(String person, String title, String organization, String newTitle,
            String newOrganization, Boolean former, String period, String note) {
        return new CorrectionRequest("edit-role", person, null, title, organization, newTitle, newOrganization, former, period,
                null, null, null, null, null, note);
    }
}
