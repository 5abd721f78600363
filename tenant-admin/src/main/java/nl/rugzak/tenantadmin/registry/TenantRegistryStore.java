package nl.rugzak.tenantadmin.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import nl.rugzak.tenantadmin.cluster.ClusterEvents;
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
    private final ClusterEvents cluster;
    private final List<Runnable> changeListeners = new CopyOnWriteArrayList<>();

    public TenantRegistryStore(JdbcClient jdbc, ControlPlaneWork controlPlane, ClusterEvents cluster) {
        this.jdbc = jdbc;
        this.controlPlane = controlPlane;
        this.cluster = cluster;
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
            Map<Long, List<String>> modules = new LinkedHashMap<>();
            jdbc.sql("SELECT tenant_id, module_id FROM control.tenant_module ORDER BY tenant_id, position")
                    .query(rs -> {
                        modules.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                    });
            return jdbc.sql("""
                    SELECT id, slug, display_name, status, locales, schema_fingerprint, contact_email, contact_phone,
                           plan, last_export_at, deletion_due_at, created_at, updated_at
                      FROM control.tenant ORDER BY display_name""")
                    .query((rs, row) -> map(rs, domains.getOrDefault(rs.getLong("id"), List.of()),
                            modules.getOrDefault(rs.getLong("id"), List.of())))
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
            insertDomain(key(id), host, false);
            return null;
        });
    }

    public void removeAlias(TenantId id, String host) {
        changing(() -> jdbc.sql("DELETE FROM control.tenant_domain WHERE tenant_id = ? AND host = ? AND NOT is_primary")
                .params(key(id), host).update());
    }

    /** Makes an existing domain of the tenant its primary one; the old primary stays as an alias. */
    public void makePrimary(TenantId id, String host) {
        changing(() -> {
            long key = key(id);
            jdbc.sql("UPDATE control.tenant_domain SET is_primary = false WHERE tenant_id = ?").param(key).update();
            int updated = jdbc.sql("UPDATE control.tenant_domain SET is_primary = true WHERE tenant_id = ? AND host = ?")
                    .params(key, host).update();
            if (updated != 1) {
                throw new IllegalArgumentException("Host " + host + " is not a domain of " + id);
            }
            return null;
        });
    }

    public void setLocales(TenantId id, List<String> locales) {
        changing(() -> jdbc.sql("UPDATE control.tenant SET locales = ?, updated_at = now() WHERE slug = ?")
                .params(String.join(",", locales), id.slug()).update());
    }

    public void setContact(TenantId id, Tenant.Contact contact) {
        changing(() -> jdbc.sql("UPDATE control.tenant SET contact_email = ?, contact_phone = ?, updated_at = now() WHERE slug = ?")
                .params(contact.email(), contact.phone(), id.slug()).update());
    }

    /** Replaces the enabled modules with these, in this order. */
    public void setModules(TenantId id, List<String> modules) {
        changing(() -> {
            long key = key(id);
            jdbc.sql("DELETE FROM control.tenant_module WHERE tenant_id = ?").param(key).update();
            for (int i = 0; i < modules.size(); i++) {
                jdbc.sql("INSERT INTO control.tenant_module (tenant_id, module_id, position) VALUES (?, ?, ?)")
                        .params(key, modules.get(i), i).update();
            }
            return null;
        });
    }

    public void recordExport(TenantId id) {
        changing(() -> jdbc.sql("UPDATE control.tenant SET last_export_at = now() WHERE slug = ?").param(id.slug()).update());
    }

    /** Marks the tenant deleted, due to be purged at {@code due}; remembers its status for an undo. */
    public void scheduleDeletion(TenantId id, java.time.Instant due) {
        changing(() -> jdbc.sql("""
                        UPDATE control.tenant SET status_before_deletion = status, status = 'DELETED',
                          deletion_due_at = ?, updated_at = now() WHERE slug = ? AND status <> 'DELETED'""")
                .params(java.sql.Timestamp.from(due), id.slug()).update());
    }

    public void undoDeletion(TenantId id) {
        changing(() -> jdbc.sql("""
                        UPDATE control.tenant SET status = status_before_deletion, status_before_deletion = NULL,
                          deletion_due_at = NULL, updated_at = now() WHERE slug = ? AND status = 'DELETED'""")
                .param(id.slug()).update());
    }

    private long key(TenantId id) {
        return jdbc.sql("SELECT id FROM control.tenant WHERE slug = ?").param(id.slug()).query(Long.class).single();
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
            // After the commit (ControlPlaneWork commits before it returns): the other instances reload from here.
            cluster.publish(TenantRegistry.CLUSTER_TOPIC, ClusterEvents.EVERYTHING);
        }
    }

    private static Tenant map(ResultSet rs, List<TenantDomain> domains, List<String> modules) throws SQLException {
        return new Tenant(
                rs.getLong("id"),
                new TenantId(rs.getString("slug")),
                rs.getString("display_name"),
                TenantStatus.valueOf(rs.getString("status")),
                Arrays.asList(rs.getString("locales").split(",")),
                rs.getString("schema_fingerprint"),
                domains,
                modules,
                new Tenant.Contact(rs.getString("contact_email"), rs.getString("contact_phone")),
                rs.getString("plan"),
                instant(rs.getTimestamp("last_export_at")),
                instant(rs.getTimestamp("deletion_due_at")),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }

    private static java.time.Instant instant(java.sql.Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
