package io.summittracker.ingest.extraction;

import io.summittracker.events.extraction.DocumentMeta;
import io.summittracker.events.extraction.Extraction;
import io.summittracker.ingest.IngestConfig;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The service's extractor: the rule engine with its reference data, loaded once at start-up (plus the
 * entries of {@code summit.ingest.extraction.reference-dir}, if set), shared by all requests.
 */
@ApplicationScoped
@Startup
public class ExtractionService {

    private final Extractor extractor;

    @Inject
    public ExtractionService(IngestConfig config) {
        this.extractor = config.extraction().referenceDir().map(Extractor::new).orElseGet(Extractor::new);
    }

    /** Extracts from a text; a title the document format declares (HTML, PDF metadata) wins over a guessed one. */
    public Extraction extract(String text, String filename, String declaredTitle) {
        Extraction e = extractor.extract(text, filename);
        if (declaredTitle == null || e.document() == null) {
            return e;
        }
        DocumentMeta m = e.document();
        DocumentMeta withTitle = new DocumentMeta(declaredTitle, m.authors(), m.publisher(), m.published(), m.language(), m.boilerplate());
        return new Extraction(e.extractor(), withTitle, e.summits(), e.people(), e.organizations(), e.topics(), e.statements(), e.outcomes());
    }
}
