package nl.rugzak.tenantadmin.provisioning;

import nl.rugzak.tenantadmin.registry.Tenant;

/**
 * A feature's first content for a new municipality (e.g. the home page introduction). Called within the tenant's
 * context; must be idempotent: it runs again on a retry.
 */
public interface StarterContent {

    void seed(Tenant tenant);
}
