package io.summittracker.catalog.person;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One person across all documents, with every spelling the documents use. */
@Entity
@Table(name = "person")
public class Person extends PanacheEntityBase {

    @Id
    public String id;
    public String name;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> aliases;
}
