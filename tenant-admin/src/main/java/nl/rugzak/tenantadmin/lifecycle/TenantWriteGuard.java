package nl.rugzak.tenantadmin.lifecycle;

import nl.rugzak.tenantadmin.text.UserFacingException;

import nl.rugzak.tenantadmin.registry.TenantRegistry;
import nl.rugzak.tenantadmin.registry.TenantStatus;
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

    public TenantWriteGuard(TenantRegistry registry) {
        this.registry = registry;
    }

    public void requireWritable() {
        TenantStatus status = registry.find(TenantContext.require()).map(t -> t.status()).orElse(TenantStatus.DELETED);
        switch (status) {
            case ACTIVE, PROVISIONING -> { }
            case SUSPENDED -> throw new ReadOnlyException("lifecycle.read-only.suspended");
            case ARCHIVED -> throw new ReadOnlyException("lifecycle.read-only.archived");
            case DELETED -> throw new ReadOnlyException("lifecycle.read-only.deleted");
        }
    }
}
