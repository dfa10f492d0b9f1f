package io.summittracker.ingest.document;

import io.summittracker.events.CloudEvent;
import io.summittracker.events.DocumentEvents;
import io.summittracker.events.DocumentIngested;
import io.summittracker.events.DocumentSource;
import io.summittracker.events.extraction.Extraction;
import io.summittracker.ingest.IngestConfig;
import io.summittracker.ingest.extraction.ExtractionService;
import io.summittracker.ingest.format.ConvertedText;
import io.summittracker.ingest.format.DocumentFormat;
import io.summittracker.ingest.format.TextConverter;
import io.summittracker.ingest.outbox.OutboxEvent;
import io.summittracker.ingest.outbox.OutboxRelay;
import io.summittracker.ingest.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Accepts an article: converts it to text, extracts from it, and stores the document together with its
 * event in one transaction, so an accepted document is never lost, even if Kafka is down.
 */
@ApplicationScoped
public class DocumentIntake {

    @Inject
    IngestConfig config;
    @Inject
    TextConverter converter;
    @Inject
    ExtractionService extraction;
    @Inject
    OutboxRelay relay;

    /** The id of a text: derived from its content, so the same article always gets the same id. */
    public static String idOf(String text) {
        return sha256(text).substring(0, 16);
    }

    @Transactional
    public Accepted accept(byte[] body, String contentType, String filename) {
        if (body == null || body.length == 0) {
            throw new ProblemException(400, "Empty document", "The request has no body; send the article's text or a file.");
        }
        if (body.length > config.maxDocumentBytes()) {
            throw new ProblemException(413, "Document too large", "The document has " + body.length
                    + " bytes; at most " + config.maxDocumentBytes() + " are accepted.");
        }
        DocumentFormat format = formatOf(contentType, filename);
        ConvertedText converted = converter.convert(body, format, contentType);
        String text = converted.text();
        String contentSha256 = sha256(text);
        String id = contentSha256.substring(0, 16);
        Optional<IngestedDocument> existing = IngestedDocument.findByIdOptional(id);
        if (existing.isPresent()) {
            return new Accepted(id, existing.get().state.name().toLowerCase(), false);
        }
        Extraction extracted = extraction.extract(text, filename, converted.declaredTitle());
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);

        IngestedDocument doc = new IngestedDocument();
        doc.id = id;
        doc.filename = filename;
        doc.mediaType = format.mediaType();
        doc.contentSha256 = contentSha256;
        doc.text = text;
        doc.title = extracted.document() == null ? null : extracted.document().title();
        doc.extractor = extracted.extractor();
        doc.state = DocumentState.QUEUED;
        doc.receivedAt = now;
        doc.persist();

        CloudEvent<DocumentIngested> event = DocumentEvents.ingested(new DocumentIngested(
                new DocumentSource(id, filename, format.mediaType(), doc.contentSha256, now), text, extracted));
        OutboxEvent outbox = new OutboxEvent();
        outbox.eventId = event.id();
        outbox.documentId = id;
        outbox.payload = DocumentEvents.toJson(event);
        outbox.createdAt = now;
        outbox.persist();
        relay.wakeUpAfterCommit();
        return new Accepted(id, DocumentState.QUEUED.name().toLowerCase(), true);
    }

    private static DocumentFormat formatOf(String contentType, String filename) {
        Optional<DocumentFormat> byType = DocumentFormat.ofMediaType(contentType);
        if (byType.isPresent()) {
            return byType.get();
        }
        // Uploads often arrive as application/octet-stream; the file name then tells the format.
        return DocumentFormat.ofFilename(filename).orElseThrow(() -> new ProblemException(415, "Unsupported format",
                "Cannot ingest " + (contentType == null ? "a body without Content-Type" : contentType)
                        + (filename == null ? "" : " (" + filename + ")") + "; supported: " + DocumentFormat.supportedList() + "."));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
