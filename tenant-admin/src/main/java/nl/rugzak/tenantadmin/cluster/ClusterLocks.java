package nl.rugzak.tenantadmin.cluster;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

import nl.rugzak.tenantadmin.tenancy.TenantContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Work that one application instance at a time may do, however many run on the same database: a scheduled job, the
 * resumption of a provisioning run. The lock is a PostgreSQL session advisory lock, held on a connection of its own
 * for as long as the work runs: another instance that asks meanwhile skips the work, and when an instance dies its
 * connection closes and the lock goes with it (no lease to wait out, no clock to trust).
 *
 * <p>A job that skips comes back at its next turn; each job marks what it has done (published, sent, suspended,
 * purged), so the run after a finished one finds nothing left and every due item is handled once.
 */
@Component
public class ClusterLocks {

    private static final Logger log = LoggerFactory.getLogger(ClusterLocks.class);

    private final DataSource dataSource;

    public ClusterLocks(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Runs {@code work} when no other instance (and no other thread here) runs work under {@code name}; returns
     * whether it ran. Throws when the database cannot be reached, as the work itself would.
     */
    public boolean runAlone(String name, Runnable work) {
        long key = key(name);
        Connection connection;
        try {
            connection = TenantContext.callWithoutTenant(dataSource::getConnection);
        } catch (RuntimeException e) {
            throw new IllegalStateException("Could not take the lock for " + name, e);
        }
        try (connection) {
            connection.setAutoCommit(true);
            if (!call(connection, "SELECT pg_try_advisory_lock(?)", key)) {
                log.debug("{} runs on another instance; skipped here", name);
                return false;
            }
            try {
                work.run();
                return true;
            } finally {
                call(connection, "SELECT pg_advisory_unlock(?)", key);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not take or give back the lock for " + name, e);
        }
    }

    private static boolean call(Connection connection, String sql, long key) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, key);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getBoolean(1);
            }
        }
    }

    /** A stable 64-bit key per name, the same on every instance and every version. */
    public static long key(String name) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(("rugzak:" + name).getBytes(StandardCharsets.UTF_8));
            long key = 0;
            for (int i = 0; i < 8; i++) {
                key = (key << 8) | (hash[i] & 0xff);
            }
            return key;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
