package io.summittracker.catalog.outcome;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** What a summit agreed, agreed in principle, proposed, rejected or did not reach, as a document reports it. */
@Entity
@Table(name = "outcome")
public class Outcome extends PanacheEntityBase {

    @Id
    public String id;
    @Column(name = "document_id")
    public String documentId;
    @Column(name = "summit_id")
    public String summitId;
    public String text;
    public String status;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> topics;
    @Column(name = "evidence_start")
    public int evidenceStart;
    @Column(name = "evidence_end")
    public int evidenceEnd;
    public Float confidence;
    public String rule;
    public boolean curated;
}
