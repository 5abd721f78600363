package nl.rugzak.tenantadmin.schemas;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import javax.sql.DataSource;

import nl.rugzak.tenantadmin.identity.ClientSecretCipher;
import nl.rugzak.tenantadmin.identity.TenantRealms;
import nl.rugzak.tenantadmin.tenancy.DatabaseLogin;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import nl.rugzak.tenantadmin.tenancy.TenantId;
import nl.rugzak.tenantadmin.text.UserFacingException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The PostgreSQL clusters tenants can live on, as the control plane records them. "default" is the application's
 * own database; another cluster is given by its address and an administrator login (CREATEROLE, owner of the
 * database, never a superuser), whose password is sealed with the secrets key.
 */
@Service
public class DatabaseClusters {

    /** The cluster cannot be used; the message is for the lab admin. */
    public static class ClusterException extends UserFacingException {
        public ClusterException(String key, Object... args) {
            super(key, args);
        }
    }

    private final DataSource dataSource;
    private final ClientSecretCipher cipher;

    public DatabaseClusters(DataSource dataSource, ClientSecretCipher cipher) {
        this.dataSource = dataSource;
        this.cipher = cipher;
    }

    private static final java.util.regex.Pattern LOGIN_IN_ADDRESS = java.util.regex.Pattern.compile(
            "(?i)[?&](user|password|sslpassword)=|^jdbc:postgresql://[^/]*@");

    /** Registers a cluster after checking that its administrator can log in and is no superuser. */
    @PreAuthorize(TenantRealms.IS_LAB_ADMIN)
    public void register(String name, String jdbcUrl, String adminUsername, String adminPassword) {
        if (name == null || !name.matches("[a-z0-9]([a-z0-9-]{0,38}[a-z0-9])?") || name.length() < 2
                || DatabaseLogin.DEFAULT_CLUSTER.equals(name)) {
            throw new ClusterException("clusters.name.invalid");
        }
        if (jdbcUrl == null || !jdbcUrl.startsWith("jdbc:postgresql://")) {
            throw new ClusterException("clusters.url.invalid");
        }
        // The address is stored as typed and reused for every tenant login on the cluster: credentials in it would
        // sit there unencrypted and override the tenants' own logins. They belong in the user and password fields.
        if (LOGIN_IN_ADDRESS.matcher(jdbcUrl).find()) {
            throw new ClusterException("clusters.url.credentials");
        }
        try (Connection admin = connect(jdbcUrl, adminUsername, adminPassword);
             var statement = admin.createStatement();
             var rows = statement.executeQuery("SELECT rolsuper, rolcreaterole FROM pg_roles WHERE rolname = current_user")) {
            rows.next();
            if (rows.getBoolean(1) || !rows.getBoolean(2)) {
                throw new ClusterException("clusters.admin.unsuitable");
            }
        } catch (SQLException e) {
            throw new ClusterException("clusters.unreachable", e.getMessage());
        }
        control(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("""
                    INSERT INTO control.database_cluster (name, jdbc_url, admin_username, admin_password)
                    VALUES (?, ?, ?, ?)
                    ON CONFLICT (name) DO UPDATE SET jdbc_url = EXCLUDED.jdbc_url,
                        admin_username = EXCLUDED.admin_username, admin_password = EXCLUDED.admin_password""")) {
                statement.setString(1, name);
                statement.setString(2, jdbcUrl);
                statement.setString(3, adminUsername);
                statement.setString(4, cipher.seal(associatedData(name), adminPassword == null ? "" : adminPassword));
                statement.executeUpdate();
            }
            return null;
        });
    }

    /** Every cluster's name, the default first. */
    public List<String> names() {
        return control(connection -> {
            List<String> names = new ArrayList<>();
            try (var statement = connection.createStatement();
                 var rows = statement.executeQuery(
                         "SELECT name FROM control.database_cluster ORDER BY name <> 'default', name")) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
            return names;
        });
    }

    /** A cluster as the lab sees it: its address without any login detail, and how many municipalities live there. */
    public record Overview(String name, String address, int tenants) {

        /** The default cluster is the application's own database; it has no address of its own. */
        public boolean isDefault() {
            return DatabaseLogin.DEFAULT_CLUSTER.equals(name);
        }
    }

    /** Every cluster with its number of municipalities, the default first. */
    @PreAuthorize(TenantRealms.IS_LAB_ADMIN)
    public List<Overview> overview() {
        return control(connection -> {
            List<Overview> clusters = new ArrayList<>();
            // A municipality without a tenant_database row (made before clusters existed) lives on the default.
            try (var statement = connection.createStatement();
                 var rows = statement.executeQuery("""
                         SELECT c.name, c.jdbc_url,
                                (SELECT count(*) FROM control.tenant t
                                  WHERE coalesce((SELECT d.cluster_name FROM control.tenant_database d
                                                   WHERE d.tenant_slug = t.slug), 'default') = c.name)
                           FROM control.database_cluster c
                          ORDER BY c.name <> 'default', c.name""")) {
                while (rows.next()) {
                    clusters.add(new Overview(rows.getString(1), withoutLoginDetails(rows.getString(2)), rows.getInt(3)));
                }
            }
            return clusters;
        });
    }

    /** The query string of a JDBC URL may carry a user or password; the lab sees host, port and database only. */
    static String withoutLoginDetails(String jdbcUrl) {
        if (jdbcUrl == null) {
            return null;
        }
        int query = jdbcUrl.indexOf('?');
        String address = query < 0 ? jdbcUrl : jdbcUrl.substring(0, query);
        // jdbc:postgresql://user:secret@host/db is not a form the driver reads, but never show it either.
        int at = address.indexOf('@');
        return at < 0 ? address : "jdbc:postgresql://" + address.substring(at + 1);
    }

    /** Where a tenant that is about to be created will live; without this it lives on the default cluster. */
    @PreAuthorize(TenantRealms.IS_LAB_ADMIN)
    public void place(TenantId tenant, String cluster) {
        requireKnown(cluster);
        control(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("""
                    INSERT INTO control.tenant_placement (tenant_slug, cluster_name) VALUES (?, ?)
                    ON CONFLICT (tenant_slug) DO UPDATE SET cluster_name = EXCLUDED.cluster_name""")) {
                statement.setString(1, tenant.slug());
                statement.setString(2, cluster);
                statement.executeUpdate();
            }
            return null;
        });
    }

    /** The cluster a tenant lives on, or (while it is being created) the one it was placed on. */
    public String clusterOf(TenantId tenant) {
        return control(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("""
                    SELECT coalesce((SELECT cluster_name FROM control.tenant_database WHERE tenant_slug = ?),
                                    (SELECT cluster_name FROM control.tenant_placement WHERE tenant_slug = ?),
                                    'default')""")) {
                statement.setString(1, tenant.slug());
                statement.setString(2, tenant.slug());
                try (ResultSet rows = statement.executeQuery()) {
                    rows.next();
                    return rows.getString(1);
                }
            }
        });
    }

    void forgetPlacement(Connection controlPlane, TenantId tenant) throws SQLException {
        try (PreparedStatement statement = controlPlane.prepareStatement(
                "DELETE FROM control.tenant_placement WHERE tenant_slug = ?")) {
            statement.setString(1, tenant.slug());
            statement.executeUpdate();
        }
    }

    /** The cluster's address for tenant logins; null for the default cluster (the application's own database). */
    String urlOf(String cluster) {
        return DatabaseLogin.DEFAULT_CLUSTER.equals(cluster) ? null : admin(cluster).url();
    }

    /** A connection as the cluster's administrator; for the default cluster, the control plane's own. */
    Connection adminConnection(String cluster) throws SQLException {
        if (DatabaseLogin.DEFAULT_CLUSTER.equals(cluster)) {
            return TenantContext.callWithoutTenant(dataSource::getConnection);
        }
        Admin admin = admin(cluster);
        return connect(admin.url(), admin.username(), admin.password());
    }

    private record Admin(String url, String username, String password) {
    }

    private Admin admin(String cluster) {
        return control(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT jdbc_url, admin_username, admin_password FROM control.database_cluster WHERE name = ?")) {
                statement.setString(1, cluster);
                try (ResultSet rows = statement.executeQuery()) {
                    if (!rows.next()) {
                        throw new ClusterException("clusters.unknown", cluster);
                    }
                    return new Admin(rows.getString(1), rows.getString(2),
                            cipher.open(associatedData(cluster), rows.getString(3)));
                }
            }
        });
    }

    void requireKnown(String cluster) {
        if (!names().contains(cluster)) {
            throw new ClusterException("clusters.unknown", String.valueOf(cluster));
        }
    }

    private static Connection connect(String url, String username, String password) throws SQLException {
        Properties login = new Properties();
        login.setProperty("user", username == null ? "" : username);
        if (password != null && !password.isEmpty()) {
            login.setProperty("password", password);
        }
        login.setProperty("connectTimeout", "5");
        return DriverManager.getConnection(url, login);
    }

    private <T> T control(SqlWork<T> work) {
        return TenantContext.callWithoutTenant(() -> {
            try (Connection connection = dataSource.getConnection()) {
                return work.apply(connection);
            }
        });
    }

    private static String associatedData(String cluster) {
        return "database-cluster:" + cluster;
    }

    @FunctionalInterface
    interface SqlWork<T> {
        T apply(Connection connection) throws SQLException;
    }
}
