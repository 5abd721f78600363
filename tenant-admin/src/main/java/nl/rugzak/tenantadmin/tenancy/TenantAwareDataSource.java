package nl.rugzak.tenantadmin.tenancy;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The application's {@link DataSource} for plain JDBC (JdbcClient, Liquibase, the exchange): a facade over
 * {@link TenantConnections}, the same lender Hibernate's multi-tenancy SPI uses, so both see the current tenant the
 * same way. Unwrapping reaches the control plane's pool.
 */
public final class TenantAwareDataSource extends DelegatingDataSource {

    private final TenantConnections connections;

    public TenantAwareDataSource(TenantConnections connections) {
        super(connections.controlPool());
        this.connections = connections;
    }

    public TenantConnections connections() {
        return connections;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return connections.lend(TenantContext.current().orElse(null));
    }

    /** Other credentials would bypass the tenant's role; the lender decides who connects. */
    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLException("Connections are lent per tenant; other credentials are not accepted");
    }
}
