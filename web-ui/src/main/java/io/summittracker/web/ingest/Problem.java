package io.summittracker.web.ingest;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** An RFC 9457 problem as the services answer errors. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Problem(String type, String title, int status, String detail) {
}
