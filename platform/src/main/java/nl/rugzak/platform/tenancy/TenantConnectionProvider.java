package nl.rugzak.platform.tenancy;

import java.sql.Connection;
import java.sql.SQLException;

import nl.rugzak.tenantadmin.tenancy.TenantConnections;
import nl.rugzak.tenantadmin.tenancy.TenantId;
import org.hibernate.engine.jdbc.connections.spi.MultiTenantConnectionProvider;

/**
 * Hibernate's multi-tenancy SPI on top of {@link TenantConnections}, the lender plain JDBC uses as well: Hibernate
 * asks for the session's tenant, the lender sets role and search path on checkout and resets them on release.
 */
final class TenantConnectionProvider implements MultiTenantConnectionProvider<String> {

    private final TenantConnections connections;

    TenantConnectionProvider(TenantConnections connections) {
        this.connections = connections;
    }

    @Override
    public Connection getAnyConnection() throws SQLException {
        // Only metadata: the control plane's connection reads no tenant's data.
        return connections.lend(null);
    }

    @Override
    public void releaseAnyConnection(Connection connection) throws SQLException {
        connection.close();
    }

    @Override
    public Connection getConnection(String tenantIdentifier) throws SQLException {
        return connections.lend(CurrentTenantResolver.tenantOf(tenantIdentifier));
    }

    @Override
    public void releaseConnection(String tenantIdentifier, Connection connection) throws SQLException {
        // The lent connection resets role and search path itself when it is closed.
        connection.close();
    }

    /** A session keeps its connection until it ends: the role switch is not worth repeating per statement. */
    @Override
    public boolean supportsAggressiveRelease() {
        return false;
    }

    @Override
    public boolean handlesConnectionSchema() {
        return true;
    }

    @Override
    public boolean isUnwrappableAs(Class<?> type) {
        return type.isInstance(this);
    }

    @Override
    public <T> T unwrap(Class<T> type) {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new IllegalArgumentException("Cannot unwrap to " + type);
    }
}
