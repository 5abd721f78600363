package nl.rugzak.tenantadmin.identity;

import nl.rugzak.tenantadmin.registry.Tenant;
import nl.rugzak.tenantadmin.registry.TenantRegistry;
import nl.rugzak.tenantadmin.registry.TenantStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** Brings the lab realm and every live tenant's realm in line with the registry, e.g. once Keycloak is up. */
@Service
public class IdentityConvergence {

    private static final Logger log = LoggerFactory.getLogger(IdentityConvergence.class);

    private final TenantRealms realms;
    private final TenantRegistry registry;

    public IdentityConvergence(TenantRealms realms, TenantRegistry registry) {
        this.realms = realms;
        this.registry = registry;
    }

    /** Returns how many realms could not be provisioned (each is logged with its tenant). */
    public int convergeAll() {
        if (!realms.enabled()) {
            return 0;
        }
        int failed = 0;
        long started = System.nanoTime();
        try {
            realms.provisionLab();
        } catch (RuntimeException e) {
            failed++;
            log.error("Could not provision the lab realm: {}", e.toString());
        }
        for (Tenant tenant : registry.all()) {
            if (tenant.status() == TenantStatus.DELETED || tenant.status() == TenantStatus.PROVISIONING) {
                continue;
            }
            try {
                realms.provision(tenant);
            } catch (RuntimeException e) {
                failed++;
                log.error("Could not provision the realm of tenant {}: {}", tenant.id(), e.toString());
            }
        }
        log.info("Identity realms converged in {} ms, {} failed", (System.nanoTime() - started) / 1_000_000, failed);
        return failed;
    }
}
