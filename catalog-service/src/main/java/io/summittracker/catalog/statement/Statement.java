package io.summittracker.catalog.statement;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A view someone expressed in a document, with its evidence span. */
@Entity
@Table(name = "statement")
public class Statement extends PanacheEntityBase {

    @Id
    public String id;
    @Column(name = "document_id")
    public String documentId;
    @Column(name = "person_id")
    public String personId;
    @Column(name = "summit_id")
    public String summitId;
    public String text;
    public String kind;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> topics;
    @Column(name = "evidence_start")
    public int evidenceStart;
    @Column(name = "evidence_end")
    public int evidenceEnd;
    public Float confidence;
    public String rule;
    public boolean hidden;
    public boolean curated;
}
