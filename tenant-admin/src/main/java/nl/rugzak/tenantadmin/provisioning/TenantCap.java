package nl.rugzak.tenantadmin.provisioning;

import java.util.Map;

import nl.rugzak.tenantadmin.registry.TenantRegistry;
import nl.rugzak.tenantadmin.registry.TenantStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The lab's rule: at most {@code rugzak.tenants.max} tenants that are not deleted (default 10). */
@Component
public class TenantCap {

    private final TenantRegistry registry;
    private final int max;

    public TenantCap(TenantRegistry registry, @Value("${rugzak.tenants.max:10}") int max) {
        this.registry = registry;
        this.max = max;
    }

    public int max() {
        return max;
    }

    public long inUse() {
        return registry.all().stream().filter(t -> t.status() != TenantStatus.DELETED).count();
    }

    public void check() {
        if (inUse() >= max) {
            throw new TenantValidationException(Map.of("cap", "Het maximum van " + max
                    + " gemeenten is bereikt. Verwijder eerst een gemeente of vraag de lab-coördinator om de limiet te verhogen."));
        }
    }
}
