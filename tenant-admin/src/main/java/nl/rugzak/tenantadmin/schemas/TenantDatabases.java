package nl.rugzak.tenantadmin.schemas;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

import javax.sql.DataSource;

import nl.rugzak.tenantadmin.identity.ClientSecretCipher;
import nl.rugzak.tenantadmin.tenancy.DatabaseLogin;
import nl.rugzak.tenantadmin.tenancy.DatabaseLogins;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import nl.rugzak.tenantadmin.tenancy.TenantId;
import org.springframework.stereotype.Component;

/**
 * The control plane's record of where each tenant's data lives and how its connections log in: the cluster, the
 * tenant's own login role and that role's password, sealed with the secrets key (the tenant's slug as associated
 * data, so a sealed password copied to another tenant's row does not open).
 */
@Component
public class TenantDatabases implements DatabaseLogins {

    private final DataSource dataSource;
    private final ClientSecretCipher cipher;

    public TenantDatabases(DataSource dataSource, ClientSecretCipher cipher) {
        this.dataSource = dataSource;
        this.cipher = cipher;
    }

    /** The login role of a tenant: a prefix no tenant role or schema ({@code tenant_...}) can ever have. */
    public static String loginRoleOf(TenantId tenant) {
        return "login_" + tenant.roleName();
    }

    @Override
    public Optional<DatabaseLogin> of(TenantId tenant) {
        return TenantContext.callWithoutTenant(() -> {
            try (Connection connection = dataSource.getConnection();
                 PreparedStatement statement = connection.prepareStatement("""
                         SELECT d.cluster_name, c.jdbc_url, d.login_role, d.login_password
                           FROM control.tenant_database d
                           JOIN control.database_cluster c ON c.name = d.cluster_name
                          WHERE d.tenant_slug = ?""")) {
                statement.setString(1, tenant.slug());
                try (ResultSet rows = statement.executeQuery()) {
                    if (!rows.next()) {
                        return Optional.<DatabaseLogin>empty();
                    }
                    return Optional.of(new DatabaseLogin(rows.getString(1), rows.getString(2), rows.getString(3),
                            cipher.open(associatedData(tenant), rows.getString(4))));
                }
            }
        });
    }

    /** Records (or replaces) the tenant's login, in the caller's transaction on the control plane. */
    void record(Connection controlPlane, TenantId tenant, String cluster, String loginRole, String password)
            throws SQLException {
        try (PreparedStatement statement = controlPlane.prepareStatement("""
                INSERT INTO control.tenant_database (tenant_slug, cluster_name, login_role, login_password)
                VALUES (?, ?, ?, ?)
                ON CONFLICT (tenant_slug) DO UPDATE SET cluster_name = EXCLUDED.cluster_name,
                    login_role = EXCLUDED.login_role, login_password = EXCLUDED.login_password""")) {
            statement.setString(1, tenant.slug());
            statement.setString(2, cluster);
            statement.setString(3, loginRole);
            statement.setString(4, cipher.seal(associatedData(tenant), password));
            statement.executeUpdate();
        }
    }

    void forget(Connection controlPlane, TenantId tenant) throws SQLException {
        try (PreparedStatement statement = controlPlane.prepareStatement(
                "DELETE FROM control.tenant_database WHERE tenant_slug = ?")) {
            statement.setString(1, tenant.slug());
            statement.executeUpdate();
        }
    }

    private static String associatedData(TenantId tenant) {
        return "database-login:" + tenant.slug();
    }
}
