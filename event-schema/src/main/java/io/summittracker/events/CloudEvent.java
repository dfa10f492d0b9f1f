package io.summittracker.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;

/**
 * A CloudEvents 1.0 envelope in structured JSON mode: the attributes and the data travel together in the
 * Kafka record value, so a consumer needs no header conventions to read it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CloudEvent<T>(String specversion, String id, String source, String type, String subject,
        OffsetDateTime time, String datacontenttype, String dataschema, T data) {

    public static final String SPEC_VERSION = "1.0";
}
