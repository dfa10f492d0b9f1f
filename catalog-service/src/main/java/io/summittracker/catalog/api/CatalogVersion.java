package io.summittracker.catalog.api;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** The catalog's change counter: every applied event (and every correction) raises it in its transaction. */
@ApplicationScoped
public class CatalogVersion {

    @Inject
    AgroalDataSource dataSource;
    @Inject
    EntityManager em;

    /** Raises the version; call inside the transaction that changes the catalog. */
    public void bump() {
        em.createNativeQuery("UPDATE catalog_version SET version = version + 1 WHERE id = 1").executeUpdate();
    }

    public long current() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT version FROM catalog_version WHERE id = 1")) {
            return rs.next() ? rs.getLong(1) : 0;
        } catch (SQLException e) {
            throw new IllegalStateException("Catalog version unreadable", e);
        }
    }
}
