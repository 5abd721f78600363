package nl.rugzak.tenantadmin.lifecycle;

import nl.rugzak.tenantadmin.text.UserFacingException;

import nl.rugzak.tenantadmin.registry.TenantRegistry;
import nl.rugzak.tenantadmin.registry.TenantStatus;
import nl.rugzak.tenantadmin.tenancy.TenantConnections;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import org.springframework.stereotype.Component;

/** Services call this before they change a tenant's content: suspended, archived and deleted sites are read only. */
@Component
public class TenantWriteGuard {

    public static final class ReadOnlyException extends UserFacingException {
        ReadOnlyException(String key, Object... args) {
            super(key, args);
        }
    }

    private final TenantRegistry registry;
    private final TenantConnections connections;

    public TenantWriteGuard(TenantRegistry registry, TenantConnections connections) {
        this.registry = registry;
        this.connections = connections;
    }

    public void requireWritable() {
        if (connections.isReadOnly(TenantContext.require())) {
            // Moving to another database cluster: a few minutes at most; the database refuses writes as well.
            throw new ReadOnlyException("lifecycle.read-only.moving");
        }
        TenantStatus status = registry.find(TenantContext.require()).map(t -> t.status()).orElse(TenantStatus.DELETED);
        switch (status) {
            case ACTIVE, PROVISIONING -> { }
            case SUSPENDED -> throw new ReadOnlyException("lifecycle.read-only.suspended");
            case ARCHIVED -> throw new ReadOnlyException("lifecycle.read-only.archived");
            case DELETED -> throw new ReadOnlyException("lifecycle.read-only.deleted");
        }
    }
}
