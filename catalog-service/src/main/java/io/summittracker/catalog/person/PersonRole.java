package io.summittracker.catalog.person;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A role a document gives a person, with the span that says so. */
@Entity
@Table(name = "person_role")
public class PersonRole extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "person_id")
    public String personId;
    @Column(name = "document_id")
    public String documentId;
    public String title;
    public String organization;
    public boolean former;
    public String period;
    @Column(name = "evidence_start")
    public Integer evidenceStart;
    @Column(name = "evidence_end")
    public Integer evidenceEnd;
    public Float confidence;
    public String rule;
    public boolean curated;
}
