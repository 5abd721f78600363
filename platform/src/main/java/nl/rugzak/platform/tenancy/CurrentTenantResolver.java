package nl.rugzak.platform.tenancy;

import nl.rugzak.tenantadmin.tenancy.TenantContext;
import nl.rugzak.tenantadmin.tenancy.TenantId;
import org.hibernate.context.spi.CurrentTenantIdentifierResolver;

/**
 * Tells Hibernate which tenant a new session works for: the thread's {@link TenantContext}, or the control plane
 * when there is none. Never a default tenant.
 */
final class CurrentTenantResolver implements CurrentTenantIdentifierResolver<String> {

    /** Not a well-formed slug (slugs hold no '@'), so no tenant can ever be mistaken for the control plane. */
    static final String CONTROL_PLANE = "@control";

    @Override
    public String resolveCurrentTenantIdentifier() {
        return TenantContext.current().map(TenantId::slug).orElse(CONTROL_PLANE);
    }

    /** Spring opens sessions per transaction, never through getCurrentSession; nothing to compare against. */
    @Override
    public boolean validateExistingCurrentSessions() {
        return false;
    }

    static TenantId tenantOf(String identifier) {
        return CONTROL_PLANE.equals(identifier) ? null : new TenantId(identifier);
    }
}
