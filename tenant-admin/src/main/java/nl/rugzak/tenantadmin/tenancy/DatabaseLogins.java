package nl.rugzak.tenantadmin.tenancy;

import java.util.Optional;

/** Where {@link TenantConnections} learns a tenant's login; the control plane keeps them (sealed). */
@FunctionalInterface
public interface DatabaseLogins {

    Optional<DatabaseLogin> of(TenantId tenant);
}
