package io.summittracker.events;

import java.time.OffsetDateTime;

/**
 * Where a document came from. {@code id} is derived from the content, so the same article always has the
 * same id; {@code mediaType} is the format it arrived in (the stored text is always plain text).
 */
public record DocumentSource(String id, String filename, String mediaType, String contentSha256,
        OffsetDateTime receivedAt) {
}
