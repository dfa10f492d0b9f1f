package io.summittracker.ingest.extraction.reference;

import java.time.LocalDate;
import java.util.List;

/** One leaders' summit from the gazetteer. */
public record SummitEntry(String id, String name, String city, String country, LocalDate start, LocalDate end,
                          List<String> leaders, List<String> places) {
}
