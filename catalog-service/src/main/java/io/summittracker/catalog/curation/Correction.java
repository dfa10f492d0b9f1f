package io.summittracker.catalog.curation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.hibernate.annotations.ColumnTransformer;

/** An editor's correction, kept as such: what it targets (by natural key), what it changes, and its audit. */
@Entity
@Table(name = "correction")
public class Correction extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String kind;
    @ColumnTransformer(write = "?::jsonb")
    public String target;
    @ColumnTransformer(write = "?::jsonb")
    public String change;
    @ColumnTransformer(write = "?::jsonb")
    public String before;
    @ColumnTransformer(write = "?::jsonb")
    public String after;
    public String editor;
    public String note;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "event_id")
    public String eventId;
}
