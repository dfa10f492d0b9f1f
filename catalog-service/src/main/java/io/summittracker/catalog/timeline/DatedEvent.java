package io.summittracker.catalog.timeline;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A dated happening a document reports besides the summits: a discussion, a meeting, a signing, a call … */
@Entity
@Table(name = "dated_event")
public class DatedEvent extends PanacheEntityBase {

    @Id
    public String id;
    @Column(name = "document_id")
    public String documentId;
    @Column(name = "summit_id")
    public String summitId;
    @Column(name = "event_date")
    public LocalDate date;
    public String category;
    public String text;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> topics;
    @Column(name = "evidence_start")
    public int evidenceStart;
    @Column(name = "evidence_end")
    public int evidenceEnd;
    public Float confidence;
    public String rule;
}
