package nl.rugzak.tenantadmin.console;

import nl.rugzak.tenantadmin.tenancy.TenantId;

/** Numbers about one tenant for the lab's overview, read inside that tenant's own schema. */
public interface TenantStatistics {

    long residents(TenantId tenant);
}
