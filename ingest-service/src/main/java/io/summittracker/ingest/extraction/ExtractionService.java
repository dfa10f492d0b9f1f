package io.summittracker.ingest.extraction;

import io.summittracker.events.extraction.DocumentMeta;
import io.summittracker.events.extraction.Extraction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Reads an article's text and returns what it finds in it. */
@ApplicationScoped
public class ExtractionService {

    public static final String EXTRACTOR = "summit-tracker-minimal/0.1";

    public Extraction extract(String text, String filename, String declaredTitle) {
        String title = declaredTitle != null ? declaredTitle : firstLine(text);
        DocumentMeta meta = new DocumentMeta(title, List.of(), null, null, null, List.of());
        return new Extraction(EXTRACTOR, meta, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    private static String firstLine(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse(null);
    }
}
