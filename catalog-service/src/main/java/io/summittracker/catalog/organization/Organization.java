package io.summittracker.catalog.organization;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An organisation; {@code kind} is government-body, think-tank, university, media, international-organization, company or political-party. */
@Entity
@Table(name = "organization")
public class Organization extends PanacheEntityBase {

    @Id
    public String id;
    public String name;
    public String kind;
}
