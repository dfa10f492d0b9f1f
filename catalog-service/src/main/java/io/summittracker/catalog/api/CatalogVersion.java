package io.summittracker.catalog.api;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;

/**
 * The catalog's change counter: every applied event (and every correction) raises it in its transaction.
 * The last value read is remembered for a short while so cached answers can be served without a database
 * round trip; a change made by this replica forgets it at once, one made by another replica (sharing the
 * database) is seen within {@link #MAX_AGE_MILLIS}.
 */
@ApplicationScoped
public class CatalogVersion {

    static final long MAX_AGE_MILLIS = 250;
    private static final long MAX_AGE_NANOS = TimeUnit.MILLISECONDS.toNanos(MAX_AGE_MILLIS);

    @Inject
    AgroalDataSource dataSource;
    @Inject
    EntityManager em;
    @Inject
    TransactionSynchronizationRegistry transactions;

    /** The last version read and when (System.nanoTime); one object, so both are always seen together. */
    private record Known(long version, long readAt) {
    }

    private volatile Known known;

    /** Raises the version; call inside the transaction that changes the catalog. */
    public void bump() {
        em.createNativeQuery("UPDATE catalog_version SET version = version + 1 WHERE id = 1").executeUpdate();
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    known = null;
                }
            }
        });
    }

    /** The current version, read from the database (and remembered). */
    public long current() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT version FROM catalog_version WHERE id = 1")) {
            long version = rs.next() ? rs.getLong(1) : 0;
            known = new Known(version, System.nanoTime());
            return version;
        } catch (SQLException e) {
            throw new IllegalStateException("Catalog version unreadable", e);
        }
    }

    /** The remembered version if it is recent enough, without touching the database; empty otherwise. */
    public OptionalLong remembered() {
        Known k = known;
        return k != null && System.nanoTime() - k.readAt() < MAX_AGE_NANOS ? OptionalLong.of(k.version()) : OptionalLong.empty();
    }
}
