package nl.rugzak.tenantadmin.schemas;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.List;

import javax.sql.DataSource;

import nl.rugzak.migrations.Migrator;
import nl.rugzak.tenantadmin.tenancy.DatabaseLogin;
import nl.rugzak.tenantadmin.tenancy.TenantConnections;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import nl.rugzak.tenantadmin.tenancy.TenantId;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Creates, migrates and removes the database side of a tenant: a NOLOGIN role owning the tenant's schema, and a
 * login role of its own that may act as that role and as no other. The application user (the control plane) is not
 * a member of any tenant role with SET or INHERIT: it cannot act as a tenant, and a tenant's connection cannot act
 * as another tenant, not even by naming its role.
 */
@Service
public class TenantSchemas {

    private static final Logger log = LoggerFactory.getLogger(TenantSchemas.class);

    private final DataSource dataSource;
    private final Migrator migrator;
    private final TenantDatabases databases;
    private final TenantConnections connections;
    private final SecureRandom random = new SecureRandom();

    public TenantSchemas(DataSource dataSource, Migrator migrator, TenantDatabases databases,
                         TenantConnections connections) {
        this.dataSource = dataSource;
        this.migrator = migrator;
        this.databases = databases;
        this.connections = connections;
    }

    /** Creates both roles, the schema and the control plane's record in one transaction: all exist, or none. */
    public void create(TenantId tenant) {
        String name = quote(tenant.schemaName());
        asApplication(connection -> {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE ROLE " + name + " NOLOGIN NOINHERIT");
                createLogin(connection, tenant);
                // PostgreSQL lets only who may act as a role create a schema it owns: that right is held for the
                // length of this transaction and given up before anyone else can see it.
                statement.execute("GRANT " + name + " TO CURRENT_USER WITH INHERIT FALSE, SET TRUE");
                statement.execute("CREATE SCHEMA " + name + " AUTHORIZATION " + name);
                statement.execute("REVOKE " + name + " FROM CURRENT_USER");
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        });
        connections.forget(tenant);
    }

    /**
     * Brings existing tenants to the login-role design: each gets its own login role, and the application user
     * gives up acting as any tenant role (which earlier versions granted it). Safe to repeat.
     */
    public void convergeLogins(List<TenantId> tenants) {
        for (TenantId tenant : tenants) {
            try {
                if (roleExists(tenant)) {
                    convergeLogin(tenant);
                }
            } catch (RuntimeException e) {
                log.error("Tenant {}: could not give it a login role of its own", tenant, e);
            }
        }
    }

    private void convergeLogin(TenantId tenant) {
        boolean hasLogin = databases.of(tenant).isPresent()
                && countWhere("SELECT count(*) FROM pg_roles WHERE rolname = ?", TenantDatabases.loginRoleOf(tenant)) > 0;
        asApplication(connection -> {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                if (!hasLogin) {
                    statement.execute("DROP ROLE IF EXISTS " + quoteLogin(TenantDatabases.loginRoleOf(tenant)));
                    createLogin(connection, tenant);
                }
                if (grantedToApplication(connection, tenant)) {
                    statement.execute("REVOKE " + quote(tenant.roleName()) + " FROM CURRENT_USER");
                }
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        });
        if (!hasLogin) {
            connections.forget(tenant);
            log.info("Tenant {} now connects with a login role of its own", tenant);
        }
    }

    /** A membership the application user granted itself (earlier versions did, to switch to the tenant). */
    private static boolean grantedToApplication(Connection connection, TenantId tenant) throws SQLException {
        try (var statement = connection.prepareStatement("""
                SELECT count(*) FROM pg_auth_members m
                 WHERE m.roleid = (SELECT oid FROM pg_roles WHERE rolname = ?)
                   AND m.member = (SELECT oid FROM pg_roles WHERE rolname = current_user)
                   AND m.grantor = m.member""")) {
            statement.setString(1, tenant.roleName());
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1) > 0;
            }
        }
    }

    private void createLogin(Connection connection, TenantId tenant) throws SQLException {
        String login = TenantDatabases.loginRoleOf(tenant);
        String password = newPassword();
        try (Statement statement = connection.createStatement()) {
            // NOINHERIT: the login itself can do nothing; it acts only after SET ROLE to its tenant's role.
            statement.execute("CREATE ROLE " + quoteLogin(login) + " LOGIN NOINHERIT");
            statement.execute("GRANT " + quote(tenant.roleName()) + " TO " + quoteLogin(login)
                    + " WITH INHERIT FALSE, SET TRUE");
        }
        // The driver hashes the password (SCRAM) before sending it: it never appears in a statement or a log.
        connection.unwrap(PGConnection.class).alterUserPassword(login, password.toCharArray(), "scram-sha-256");
        databases.record(connection, tenant, DatabaseLogin.DEFAULT_CLUSTER, login, password);
    }

    private String newPassword() {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
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

    /**
     * Removes schema, roles and the control plane's record; safe to call on a half-created tenant. Only the
     * schema's owner may drop it, so that happens on the tenant's own connection.
     */
    public void drop(TenantId tenant) {
        String name = quote(tenant.schemaName());
        if (roleExists(tenant)) {
            if (schemaExists(tenant) && databases.of(tenant).isPresent()) {
                TenantContext.run(tenant, () -> withConnection(connection -> {
                    try (Statement statement = connection.createStatement()) {
                        statement.execute("DROP SCHEMA IF EXISTS " + name + " CASCADE");
                    }
                }));
            }
            connections.forget(tenant);
            asApplication(connection -> {
                connection.setAutoCommit(false);
                try (Statement statement = connection.createStatement()) {
                    if (schemaExists(connection, tenant)) {
                        // Half-created (no login yet): the schema is the application's own, or it may act as the role.
                        statement.execute("DROP SCHEMA IF EXISTS " + name + " CASCADE");
                    }
                    statement.execute("DROP ROLE IF EXISTS " + quoteLogin(TenantDatabases.loginRoleOf(tenant)));
                    statement.execute("DROP ROLE IF EXISTS " + name);
                    databases.forget(connection, tenant);
                    connection.commit();
                } catch (SQLException | RuntimeException e) {
                    connection.rollback();
                    throw e;
                }
            });
        } else {
            connections.forget(tenant);
            asApplication((SqlAction) connection -> databases.forget(connection, tenant));
        }
    }

    private boolean roleExists(TenantId tenant) {
        return countWhere("SELECT count(*) FROM pg_roles WHERE rolname = ?", tenant.roleName()) > 0;
    }

    private boolean schemaExists(TenantId tenant) {
        return countWhere("SELECT count(*) FROM pg_namespace WHERE nspname = ?", tenant.schemaName()) > 0;
    }

    private static boolean schemaExists(Connection connection, TenantId tenant) throws SQLException {
        try (var statement = connection.prepareStatement("SELECT count(*) FROM pg_namespace WHERE nspname = ?")) {
            statement.setString(1, tenant.schemaName());
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1) > 0;
            }
        }
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

    private static String quoteLogin(String identifier) {
        if (!identifier.matches("login_tenant_[a-z0-9_]{1,50}")) {
            throw new IllegalArgumentException("Unsafe login role name: " + identifier);
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
