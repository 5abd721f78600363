package nl.rugzak.platform.modules;

import nl.rugzak.tenantadmin.registry.Tenant;
import nl.rugzak.tenantadmin.registry.TenantRegistry;
import nl.rugzak.tenantadmin.registry.TenantStatus;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Scheduled work of a module, municipality by municipality. A job runs on a scheduler thread, so each tenant is
 * carried explicitly; one municipality's failure (e.g. a schema being restored) is logged and does not stop the others.
 */
@Component
public class ModuleTenants {

    private static final Logger log = LoggerFactory.getLogger(ModuleTenants.class);

    private final TenantRegistry registry;

    ModuleTenants(TenantRegistry registry) {
        this.registry = registry;
    }

    /** Runs {@code work} for every active municipality that has {@code module} switched on. */
    public void forEachActive(String module, String what, Runnable work) {
        for (Tenant tenant : registry.all()) {
            if (tenant.status() != TenantStatus.ACTIVE || !tenant.modules().contains(module)) {
                continue;
            }
            try {
                TenantContext.run(tenant.id(), work);
            } catch (RuntimeException e) {
                log.warn("Could not run {} for {}", what, tenant.id().slug(), e);
            }
        }
    }
}
