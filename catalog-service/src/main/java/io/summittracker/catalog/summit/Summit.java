package io.summittracker.catalog.summit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A meeting of heads of state; {@code id} is a stable key such as "geneva-2021". */
@Entity
@Table(name = "summit")
public class Summit extends PanacheEntityBase {

    @Id
    public String id;
    public String name;
    public String city;
    public String country;
    @Column(name = "start_date")
    public LocalDate startDate;
    @Column(name = "end_date")
    public LocalDate endDate;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> leaders;
    @Column(name = "from_gazetteer")
    public boolean fromGazetteer;
}
