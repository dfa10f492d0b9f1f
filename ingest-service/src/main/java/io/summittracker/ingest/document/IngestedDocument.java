package io.summittracker.ingest.document;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A document as the ingest service received it. */
@Entity
@Table(name = "document")
public class IngestedDocument extends PanacheEntityBase {

    @Id
    public String id;
    public String filename;
    @Column(name = "media_type")
    public String mediaType;
    @Column(name = "content_sha256")
    public String contentSha256;
    public String text;
    public String title;
    public String extractor;
    @Enumerated(EnumType.STRING)
    public DocumentState state;
    @Column(name = "received_at")
    public OffsetDateTime receivedAt;
    @Column(name = "published_at")
    public OffsetDateTime publishedAt;
}
