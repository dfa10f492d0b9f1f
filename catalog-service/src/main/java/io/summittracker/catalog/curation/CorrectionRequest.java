package io.summittracker.catalog.curation;

import java.util.List;

/**
 * A correction as an editor submits it. {@code kind} says which fields matter:
 * <ul>
 * <li>{@code merge-people}: {@code source} person id into {@code person} (the one kept);</li>
 * <li>{@code edit-role}: the role {@code title}/{@code organization} of {@code person} becomes
 *     {@code newTitle}/{@code newOrganization} (and {@code former}, {@code period} when given);</li>
 * <li>{@code outcome-status}: {@code outcome} gets {@code status};</li>
 * <li>{@code retag}: {@code statement} or {@code outcome} gets {@code topics};</li>
 * <li>{@code hide-statement}: {@code statement} is hidden ({@code hidden} false shows it again).</li>
 * </ul>
 */
public record CorrectionRequest(String kind, String person, String source, String title, String organization,
        String newTitle, String newOrganization, Boolean former, String period, String outcome, String statement,
        String status, List<String> topics, Boolean hidden, String note) {
}
