package nl.rugzak.tenantadmin.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import nl.rugzak.tenantadmin.tenancy.ControlPlaneWork;
import nl.rugzak.tenantadmin.tenancy.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The control schema's tenant and domain tables. Runs as the application user (no tenant), whatever thread
 * asks, because the registry is the lab's and no tenant role may read it.
 */
@Repository
public class TenantRegistryStore {

    private final JdbcClient jdbc;
    private final ControlPlaneWork controlPlane;
    private final List<Runnable> changeListeners = new CopyOnWriteArrayList<>();

    public TenantRegistryStore(JdbcClient jdbc, ControlPlaneWork controlPlane) {
        this.jdbc = jdbc;
        this.controlPlane = controlPlane;
    }

    void onChange(Runnable listener) {
        changeListeners.add(listener);
    }

    List<Tenant> loadAll() {
        return controlPlane.call(() -> {
            Map<Long, List<TenantDomain>> domains = new LinkedHashMap<>();
            jdbc.sql("SELECT tenant_id, host, is_primary FROM control.tenant_domain ORDER BY is_primary DESC, host")
                    .query(rs -> {
                        domains.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                                .add(new TenantDomain(rs.getString(2), rs.getBoolean(3)));
                    });
            return jdbc.sql("""
                    SELECT id, slug, display_name, status, locales, schema_fingerprint, created_at, updated_at
                      FROM control.tenant ORDER BY display_name""")
                    .query((rs, row) -> map(rs, domains.getOrDefault(rs.getLong("id"), List.of())))
                    .list();
        });
    }

    /** Registers a tenant with its primary domain (and aliases) in status PROVISIONING; returns its key. */
    public long register(TenantId id, String displayName, List<String> locales, String primaryHost,
                         List<String> aliasHosts) {
        return changing(() -> {
            long key = jdbc.sql("""
                    INSERT INTO control.tenant (slug, display_name, status, schema_name, db_role, locales)
                    VALUES (:slug, :name, 'PROVISIONING', :schema, :role, :locales) RETURNING id""")
                    .param("slug", id.slug())
                    .param("name", displayName)
                    .param("schema", id.schemaName())
                    .param("role", id.roleName())
                    .param("locales", String.join(",", locales))
                    .query(Long.class).single();
            insertDomain(key, primaryHost, true);
            for (String alias : aliasHosts) {
                insertDomain(key, alias, false);
            }
            return key;
        });
    }

    public void setStatus(TenantId id, TenantStatus status) {
        changing(() -> jdbc.sql("UPDATE control.tenant SET status = :status, updated_at = now() WHERE slug = :slug")
                .param("status", status.name()).param("slug", id.slug()).update());
    }

    public void recordSchemaFingerprint(TenantId id, String fingerprint) {
        changing(() -> jdbc.sql("UPDATE control.tenant SET schema_fingerprint = :fp WHERE slug = :slug")
                .param("fp", fingerprint).param("slug", id.slug()).update());
    }

    /** Adds an alias host to a tenant; the caller has checked the host (see {@link TenantNaming}). */
    public void addAlias(TenantId id, String host) {
        changing(() -> {
            long key = jdbc.sql("SELECT id FROM control.tenant WHERE slug = ?").param(id.slug()).query(Long.class).single();
            insertDomain(key, host, false);
            return null;
        });
    }

    /** Removes the registry rows of a tenant whose creation failed; its domains go with it. */
    public void forget(TenantId id) {
        changing(() -> jdbc.sql("DELETE FROM control.tenant WHERE slug = :slug").param("slug", id.slug()).update());
    }

    public boolean slugTaken(String slug) {
        return controlPlane.call(() -> jdbc.sql("SELECT count(*) FROM control.tenant WHERE slug = :slug")
                .param("slug", slug).query(Long.class).single() > 0);
    }

    public boolean hostTaken(String host) {
        return controlPlane.call(() -> jdbc.sql("SELECT count(*) FROM control.tenant_domain WHERE host = :host")
                .param("host", host).query(Long.class).single() > 0);
    }

    private void insertDomain(long tenantKey, String host, boolean primary) {
        jdbc.sql("INSERT INTO control.tenant_domain (tenant_id, host, is_primary) VALUES (:t, :h, :p)")
                .param("t", tenantKey).param("h", host).param("p", primary).update();
    }

    private <T> T changing(java.util.concurrent.Callable<T> change) {
        try {
            return controlPlane.call(change);
        } finally {
            changeListeners.forEach(Runnable::run);
        }
    }

    private static Tenant map(ResultSet rs, List<TenantDomain> domains) throws SQLException {
        return new Tenant(
                rs.getLong("id"),
                new TenantId(rs.getString("slug")),
                rs.getString("display_name"),
                TenantStatus.valueOf(rs.getString("status")),
                Arrays.asList(rs.getString("locales").split(",")),
                rs.getString("schema_fingerprint"),
                domains,
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }
}
