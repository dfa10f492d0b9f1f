package io.summittracker.catalog.ingest;

import io.summittracker.catalog.api.CatalogVersion;
import io.summittracker.catalog.document.Document;
import io.summittracker.events.CloudEvent;
import io.summittracker.events.DocumentIngested;
import io.summittracker.events.extraction.DocumentMeta;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Applies one document event in one transaction, exactly once in effect. */
@ApplicationScoped
public class DocumentEventApplier {

    @Inject
    FactsApplier facts;
    @Inject
    CatalogVersion version;

    /** Returns false when the event had already been applied (a redelivery or a duplicate). */
    @Transactional
    public boolean apply(CloudEvent<DocumentIngested> event) {
        if (ProcessedEvent.findById(event.id()) != null) {
            return false;
        }
        DocumentIngested data = event.data();
        Document doc = Document.findById(data.source().id());
        if (doc == null) {
            doc = new Document();
            doc.id = data.source().id();
        }
        DocumentMeta meta = data.extraction() == null ? null : data.extraction().document();
        doc.title = meta == null ? null : meta.title();
        doc.filename = data.source().filename();
        doc.mediaType = data.source().mediaType();
        doc.text = data.text();
        doc.authors = meta == null || meta.authors() == null ? List.of() : meta.authors();
        doc.publisher = meta == null ? null : meta.publisher();
        doc.published = meta == null ? null : parseDate(meta.published());
        doc.language = meta == null ? null : meta.language();
        doc.extractor = data.extraction() == null ? null : data.extraction().extractor();
        doc.extraction = ExtractionJson.write(data.extraction());
        doc.receivedAt = data.source().receivedAt();
        doc.storedAt = OffsetDateTime.now(ZoneOffset.UTC);
        doc.eventId = event.id();
        doc.persist();
        facts.replace(doc.id, data.extraction());

        ProcessedEvent processed = new ProcessedEvent();
        processed.eventId = event.id();
        processed.documentId = doc.id;
        processed.processedAt = doc.storedAt;
        processed.persist();
        version.bump();
        return true;
    }

    private static LocalDate parseDate(String iso) {
        if (iso == null || iso.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(iso.length() > 10 ? iso.substring(0, 10) : iso);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
