package nl.rugzak.tenantadmin.schemas;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.List;

import javax.sql.DataSource;

import nl.rugzak.migrations.Migrator;
import nl.rugzak.tenantadmin.cluster.ClusterEvents;
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
    private final DatabaseClusters clusters;
    private final ClusterEvents cluster;
    /** Topic of changes to where and how a tenant's connections are made. */
    static final String POOLS = "tenant-pools";
    private final SecureRandom random = new SecureRandom();

    public TenantSchemas(DataSource dataSource, Migrator migrator, TenantDatabases databases,
                         TenantConnections connections, DatabaseClusters clusters, ClusterEvents cluster) {
        this.dataSource = dataSource;
        this.migrator = migrator;
        this.databases = databases;
        this.connections = connections;
        this.clusters = clusters;
        this.cluster = cluster;
        cluster.subscribe(POOLS, this::onOtherInstance);
    }

    /**
     * Another instance moved, removed or froze a tenant's database: its pool here would keep old connections (to the
     * old cluster, with the old read-only setting) until they fail, so it is closed, and the read-only window is
     * mirrored so that services here refuse writes with the same clear message.
     */
    private void onOtherInstance(String key) {
        if (ClusterEvents.EVERYTHING.equals(key)) {
            return;
        }
        String[] parts = key.split(" ", 2);
        TenantId tenant = new TenantId(parts[0]);
        if (parts.length == 2 && parts[1].startsWith("read-only-")) {
            connections.readOnly(tenant, parts[1].equals("read-only-on"));
        }
        connections.forget(tenant);
    }

    /** Closes the tenant's pool here and on every other instance. */
    private void forgetEverywhere(TenantId tenant) {
        connections.forget(tenant);
        this.cluster.publish(POOLS, tenant.slug());
    }

    /**
     * Creates both roles and the schema on the tenant's cluster (the default, or where the lab placed it) and the
     * control plane's record of them: all exist afterwards, or none.
     */
    public void create(TenantId tenant) {
        String cluster = clusters.clusterOf(tenant);
        DatabaseLogin login = newLogin(tenant, cluster);
        try (Connection admin = clusters.adminConnection(cluster)) {
            admin.setAutoCommit(false);
            try {
                createRolesAndSchema(admin, tenant, login);
                if (DatabaseLogin.DEFAULT_CLUSTER.equals(cluster)) {
                    databases.record(admin, tenant, cluster, login.username(), login.password());
                    clusters.forgetPlacement(admin, tenant);
                } else {
                    // Another server: the record is written just before the cluster commits, and taken back if
                    // that commit fails, so the control plane never points at roles that do not exist.
                    recordInControlPlane(tenant, login);
                }
                try {
                    admin.commit();
                } catch (SQLException e) {
                    asApplication((SqlAction) connection -> databases.forget(connection, tenant));
                    throw e;
                }
            } catch (SQLException | RuntimeException e) {
                admin.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the database side of " + tenant + ": " + e.getMessage(), e);
        }
        connections.forget(tenant);
    }

    private void recordInControlPlane(TenantId tenant, DatabaseLogin login) {
        asApplication(connection -> {
            connection.setAutoCommit(false);
            databases.record(connection, tenant, login.cluster(), login.username(), login.password());
            clusters.forgetPlacement(connection, tenant);
            connection.commit();
        });
    }

    private DatabaseLogin newLogin(TenantId tenant, String cluster) {
        return new DatabaseLogin(cluster, clusters.urlOf(cluster), TenantDatabases.loginRoleOf(tenant), newPassword());
    }

    private static void createRolesAndSchema(Connection admin, TenantId tenant, DatabaseLogin login) throws SQLException {
        String name = quote(tenant.schemaName());
        try (Statement statement = admin.createStatement()) {
            statement.execute("CREATE ROLE " + name + " NOLOGIN NOINHERIT");
            createLoginRole(admin, tenant, login);
            // PostgreSQL lets only who may act as a role create a schema it owns: that right is held for the
            // length of this transaction and given up before anyone else can see it.
            statement.execute("GRANT " + name + " TO CURRENT_USER WITH INHERIT FALSE, SET TRUE");
            statement.execute("CREATE SCHEMA " + name + " AUTHORIZATION " + name);
            statement.execute("REVOKE " + name + " FROM CURRENT_USER");
        }
    }

    /**
     * Moving a tenant, step 1: makes the database side on the target cluster and returns its login, which is not
     * recorded yet; the tenant keeps using its current cluster until {@link #switchTo}.
     */
    public DatabaseLogin prepareOn(TenantId tenant, String cluster) {
        clusters.requireKnown(cluster);
        DatabaseLogin login = newLogin(tenant, cluster);
        try (Connection admin = clusters.adminConnection(cluster)) {
            admin.setAutoCommit(false);
            try {
                createRolesAndSchema(admin, tenant, login);
                admin.commit();
            } catch (SQLException | RuntimeException e) {
                admin.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not prepare " + tenant + " on cluster " + cluster, e);
        }
        return login;
    }

    /** A connection acting as the tenant with a login that is not recorded yet (the target of a move). */
    public Connection connectionAs(TenantId tenant, DatabaseLogin login) throws SQLException {
        return connections.lendOnce(tenant, login);
    }

    /** Migrates the tenant's schema behind a login that is not recorded yet (the target of a move). */
    public void migrate(TenantId tenant, DatabaseLogin login) {
        try (Connection connection = connectionAs(tenant, login)) {
            migrator.migrateTenant(connection, tenant.schemaName());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Moving, the switch: the control plane records the new cluster and login; the old side is removed. */
    public void switchTo(TenantId tenant, DatabaseLogin login) {
        String from = clusters.clusterOf(tenant);
        recordInControlPlane(tenant, login);
        forgetEverywhere(tenant);
        try {
            dropOn(from, tenant);
        } catch (RuntimeException e) {
            log.error("Tenant {} moved to {}, but its old schema on {} could not be removed", tenant, login.cluster(),
                    from, e);
        }
    }

    /** Moving failed: removes what {@link #prepareOn} made; the tenant stays where it was. */
    public void abandonOn(TenantId tenant, String cluster) {
        if (!cluster.equals(clusters.clusterOf(tenant))) {
            dropOn(cluster, tenant);
        }
    }

    /**
     * A short read-only window: new connections of the tenant's login refuse every write (on every instance), and
     * services refuse writes with a clear message ({@link TenantConnections#isReadOnly}).
     */
    public void readOnly(TenantId tenant, boolean on) {
        String cluster = clusters.clusterOf(tenant);
        connections.readOnly(tenant, on);
        try (Connection admin = clusters.adminConnection(cluster); Statement statement = admin.createStatement()) {
            statement.execute("ALTER ROLE " + quoteLogin(TenantDatabases.loginRoleOf(tenant))
                    + (on ? " SET default_transaction_read_only = on" : " RESET default_transaction_read_only"));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        // Connections already open keep their old setting: they are closed, the next ones log in afresh.
        connections.forget(tenant);
        this.cluster.publish(POOLS, tenant.slug() + (on ? " read-only-on" : " read-only-off"));
    }

    /**
     * Brings existing tenants to the login-role design: each gets its own login role, and the application user
     * gives up acting as any tenant role (which earlier versions granted it). Safe to repeat.
     */
    public void convergeLogins(List<TenantId> tenants) {
        for (TenantId tenant : tenants) {
            try {
                // Tenants on other clusters were made with login roles from the start.
                if (DatabaseLogin.DEFAULT_CLUSTER.equals(clusters.clusterOf(tenant)) && roleExists(tenant)) {
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
        DatabaseLogin login = newLogin(tenant, DatabaseLogin.DEFAULT_CLUSTER);
        createLoginRole(connection, tenant, login);
        databases.record(connection, tenant, DatabaseLogin.DEFAULT_CLUSTER, login.username(), login.password());
    }

    private static void createLoginRole(Connection connection, TenantId tenant, DatabaseLogin dbLogin)
            throws SQLException {
        String login = dbLogin.username();
        String password = dbLogin.password();
        try (Statement statement = connection.createStatement()) {
            // NOINHERIT: the login itself can do nothing; it acts only after SET ROLE to its tenant's role.
            statement.execute("CREATE ROLE " + quoteLogin(login) + " LOGIN NOINHERIT");
            statement.execute("GRANT " + quote(tenant.roleName()) + " TO " + quoteLogin(login)
                    + " WITH INHERIT FALSE, SET TRUE");
        }
        // The driver hashes the password (SCRAM) before sending it: it never appears in a statement or a log.
        connection.unwrap(PGConnection.class).alterUserPassword(login, password.toCharArray(), "scram-sha-256");
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
        try (Connection admin = clusters.adminConnection(clusters.clusterOf(tenant))) {
            return exists(admin, "SELECT count(*) FROM pg_roles WHERE rolname = ?", tenant.roleName())
                    && exists(admin, "SELECT count(*) FROM pg_namespace WHERE nspname = ?", tenant.schemaName());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Removes schema, roles and the control plane's record, on the tenant's cluster; safe on a half-made tenant. */
    public void drop(TenantId tenant) {
        String cluster = clusters.clusterOf(tenant);
        connections.forget(tenant);
        dropOn(cluster, tenant);
        asApplication((SqlAction) connection -> {
            databases.forget(connection, tenant);
            clusters.forgetPlacement(connection, tenant);
        });
        // A job that lent a connection meanwhile may have opened a pool again: the login it used is gone now.
        forgetEverywhere(tenant);
    }

    private void dropOn(String cluster, TenantId tenant) {
        String name = quote(tenant.schemaName());
        try (Connection admin = clusters.adminConnection(cluster)) {
            admin.setAutoCommit(false);
            try (Statement statement = admin.createStatement()) {
                boolean role = exists(admin, "SELECT count(*) FROM pg_roles WHERE rolname = ?", tenant.roleName());
                // Without the tenant's role a schema of that name is not the tenant's (someone else's, or left
                // behind): it is not ours to drop.
                if (role) {
                    // Only the owner may drop a schema: the application takes its rights for this transaction only.
                    statement.execute("GRANT " + name + " TO CURRENT_USER WITH INHERIT TRUE, SET FALSE");
                    statement.execute("DROP SCHEMA IF EXISTS " + name + " CASCADE");
                    statement.execute("REVOKE " + name + " FROM CURRENT_USER");
                }
                statement.execute("DROP ROLE IF EXISTS " + quoteLogin(TenantDatabases.loginRoleOf(tenant)));
                statement.execute("DROP ROLE IF EXISTS " + name);
                admin.commit();
            } catch (SQLException | RuntimeException e) {
                admin.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not remove the database side of " + tenant + " on " + cluster, e);
        }
    }

    private static boolean exists(Connection connection, String sql, String value) throws SQLException {
        try (var statement = connection.prepareStatement(sql)) {
            statement.setString(1, value);
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1) > 0;
            }
        }
    }

    private boolean roleExists(TenantId tenant) {
        return countWhere("SELECT count(*) FROM pg_roles WHERE rolname = ?", tenant.roleName()) > 0;
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
