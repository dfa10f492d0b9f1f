package io.summittracker.events;

import java.time.OffsetDateTime;
import java.util.Map;

/**
 * Data of the {@value CorrectionEvents#SUBMITTED_TYPE} event: an editor's correction as the catalog stored it.
 * {@code target} names the corrected fact by natural key (document and evidence span, person and role),
 * {@code change} holds the new values and {@code before} the old ones, for the audit trail.
 */
public record CorrectionSubmitted(String id, String kind, Map<String, Object> target, Map<String, Object> change,
        Map<String, Object> before, String editor, String note, OffsetDateTime createdAt) {
}
