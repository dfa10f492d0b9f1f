package io.summittracker.catalog.document;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.hibernate.annotations.ColumnTransformer;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A document in the catalog: its verbatim text and what was extracted from it. */
@Entity
@Table(name = "document")
public class Document extends PanacheEntityBase {

    @Id
    public String id;
    public String title;
    public String filename;
    @Column(name = "media_type")
    public String mediaType;
    public String text;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> authors;
    public String publisher;
    public LocalDate published;
    public String language;
    public String extractor;
    /** The extraction as it arrived (the event schema's Extraction), kept whole for the extraction view. */
    @ColumnTransformer(write = "?::jsonb")
    public String extraction;
    @Column(name = "received_at")
    public OffsetDateTime receivedAt;
    @Column(name = "stored_at")
    public OffsetDateTime storedAt;
    @Column(name = "event_id")
    public String eventId;
}
