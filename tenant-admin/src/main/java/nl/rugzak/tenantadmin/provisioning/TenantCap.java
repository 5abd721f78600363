package nl.rugzak.tenantadmin.provisioning;

import java.util.Map;

import nl.rugzak.tenantadmin.registry.TenantRegistry;
import nl.rugzak.tenantadmin.registry.TenantStatus;
import nl.rugzak.tenantadmin.registry.TextKey;
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
            throw new TenantValidationException(Map.of("cap", new TextKey("provisioning.cap-reached", max)));
        }
    }
}
