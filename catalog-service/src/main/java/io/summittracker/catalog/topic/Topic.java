package io.summittracker.catalog.topic;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An agenda topic of the taxonomy: an issue tracker. */
@Entity
@Table(name = "topic")
public class Topic extends PanacheEntityBase {

    @Id
    public String slug;
    public String label;
    public String description;
}
