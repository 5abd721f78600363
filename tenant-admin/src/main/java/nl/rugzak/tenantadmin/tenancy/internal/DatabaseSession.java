package nl.rugzak.tenantadmin.tenancy.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import nl.rugzak.tenantadmin.tenancy.TenantId;

/**
 * Switches a physical connection between the application user and a tenant's role. Only the tenancy package may
 * use this (ArchUnit keeps it so): a role switch anywhere else would be a hole in the isolation.
 */
public final class DatabaseSession {

    /** Where a connection without a tenant looks for unqualified names: never a tenant schema, never public. */
    public static final String NO_TENANT_SEARCH_PATH = "control";

    private DatabaseSession() {
    }

    public static void enter(Connection connection, TenantId tenant) throws SQLException {
        if (tenant == null) {
            execute(connection, "RESET ROLE; SET search_path TO " + NO_TENANT_SEARCH_PATH);
        } else {
            String identifier = quote(tenant.schemaName());
            execute(connection, "SET ROLE " + identifier + "; SET search_path TO " + identifier);
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        if (!autoCommit) {
            // Work left uncommitted is discarded on return anyway; the switch itself must not be rolled back with it.
            connection.rollback();
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
        if (!autoCommit) {
            connection.commit();
        }
    }

    /** Tenant names are checked by {@link TenantId}; quoting is the second lock on the door. */
    public static String quote(String identifier) {
        if (!identifier.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("Unsafe identifier: " + identifier);
        }
        return '"' + identifier + '"';
    }
}
