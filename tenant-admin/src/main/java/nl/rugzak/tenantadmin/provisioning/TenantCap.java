package nl.rugzak.tenantadmin.provisioning;

import java.util.Map;

import nl.rugzak.tenantadmin.registry.TextKey;
import nl.rugzak.tenantadmin.schemas.StartupMigrations;
import nl.rugzak.tenantadmin.tenancy.ControlPlaneWork;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The lab's rule: at most {@code rugzak.tenants.max} tenants that are not deleted (default 10). PostgreSQL enforces
 * it (trigger {@code tenant_cap_guard} in the control schema), so concurrent submissions cannot pass it together;
 * this bean only writes the configured value there at startup, before anything can create a tenant.
 */
@Component
public class TenantCap implements InitializingBean {

    private final JdbcClient jdbc;
    private final ControlPlaneWork controlPlane;
    private final int max;

    public TenantCap(JdbcClient jdbc, ControlPlaneWork controlPlane, StartupMigrations controlSchemaFirst,
                     @Value("${rugzak.tenants.max:10}") int max) {
        this.jdbc = jdbc;
        this.controlPlane = controlPlane;
        this.max = max;
    }

    @Override
    public void afterPropertiesSet() {
        controlPlane.run(() -> jdbc.sql("""
                        INSERT INTO control.tenant_cap (max_tenants) VALUES (?)
                        ON CONFLICT (singleton) DO UPDATE SET max_tenants = EXCLUDED.max_tenants, updated_at = now()""")
                .param(max).update());
    }

    public int max() {
        return max;
    }

    /** Places taken now: tenants that are not deleted and municipalities still being provisioned. */
    public long inUse() {
        return controlPlane.call(() -> jdbc.sql("SELECT control.tenant_places_in_use()").query(Long.class).single());
    }

    TenantValidationException refusal() {
        return new TenantValidationException(Map.of("cap", new TextKey("provisioning.cap-reached", max)));
    }
}
