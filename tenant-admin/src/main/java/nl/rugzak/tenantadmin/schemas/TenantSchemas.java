package nl.rugzak.tenantadmin.schemas;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import nl.rugzak.migrations.Migrator;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import nl.rugzak.tenantadmin.tenancy.TenantId;
import org.springframework.stereotype.Service;

/**
 * Creates, migrates and removes the database side of a tenant: a NOLOGIN role and a schema it owns. The
 * application user may switch to the role but does not inherit its rights, so without a tenant it reads nothing.
 */
@Service
public class TenantSchemas {

    private final DataSource dataSource;
    private final Migrator migrator;

    public TenantSchemas(DataSource dataSource, Migrator migrator) {
        this.dataSource = dataSource;
        this.migrator = migrator;
    }

    /** Creates role and schema in one transaction: either both exist afterwards, or neither. */
    public void create(TenantId tenant) {
        String name = quote(tenant.schemaName());
        asApplication(connection -> {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE ROLE " + name + " NOLOGIN NOINHERIT");
                // A new schema grants nothing to PUBLIC. SET but not INHERIT: the application may act as the tenant, never with the tenant's rights by default.
                statement.execute("GRANT " + name + " TO CURRENT_USER WITH INHERIT FALSE, SET TRUE");
                statement.execute("CREATE SCHEMA " + name + " AUTHORIZATION " + name);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        });
    }

    /** Brings the tenant's schema to the current changelogs, acting as the tenant's role so that it owns all. */
    public void migrate(TenantId tenant) {
        TenantContext.run(tenant, () -> withConnection(connection ->
                migrator.migrateTenant(connection, tenant.schemaName())));
    }

    public String currentFingerprint() {
        return migrator.tenantFingerprint();
    }

    /** True when both the tenant's role and its schema exist (creation makes both or neither). */
    public boolean exists(TenantId tenant) {
        return roleExists(tenant) && schemaExists(tenant);
    }

    /** Removes schema and role; safe to call on a half-created tenant. Only the schema's owner may drop it. */
    public void drop(TenantId tenant) {
        String name = quote(tenant.schemaName());
        if (roleExists(tenant)) {
            if (schemaExists(tenant)) {
                TenantContext.run(tenant, () -> withConnection(connection -> {
                    try (Statement statement = connection.createStatement()) {
                        statement.execute("DROP SCHEMA IF EXISTS " + name + " CASCADE");
                    }
                }));
            }
            asApplication(connection -> {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("DROP ROLE IF EXISTS " + name);
                }
            });
        }
    }

    private boolean roleExists(TenantId tenant) {
        return countWhere("SELECT count(*) FROM pg_roles WHERE rolname = ?", tenant.roleName()) > 0;
    }

    private boolean schemaExists(TenantId tenant) {
        return countWhere("SELECT count(*) FROM pg_namespace WHERE nspname = ?", tenant.schemaName()) > 0;
    }

    private long countWhere(String sql, String value) {
        return asApplication(connection -> {
            try (var statement = connection.prepareStatement(sql)) {
                statement.setString(1, value);
                try (var rows = statement.executeQuery()) {
                    rows.next();
                    return rows.getLong(1);
                }
            }
        });
    }

    private <T> T asApplication(SqlWork<T> work) {
        return TenantContext.callWithoutTenant(() -> {
            try (Connection connection = dataSource.getConnection()) {
                return work.apply(connection);
            }
        });
    }

    private void asApplication(SqlAction work) {
        asApplication(connection -> {
            work.apply(connection);
            return null;
        });
    }

    private void withConnection(SqlAction work) {
        try (Connection connection = dataSource.getConnection()) {
            work.apply(connection);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String quote(String identifier) {
        if (!identifier.matches("tenant_[a-z0-9_]{1,56}")) {
            throw new IllegalArgumentException("Unsafe schema name: " + identifier);
        }
        return '"' + identifier + '"';
    }

    @FunctionalInterface
    private interface SqlWork<T> {
        T apply(Connection connection) throws SQLException;
    }

    @FunctionalInterface
    private interface SqlAction {
        void apply(Connection connection) throws SQLException;
    }
}
