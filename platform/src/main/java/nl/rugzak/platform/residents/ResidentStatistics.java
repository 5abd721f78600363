package nl.rugzak.platform.residents;

import nl.rugzak.tenantadmin.console.TenantStatistics;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import nl.rugzak.tenantadmin.tenancy.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** How many people have an account at a municipality, counted in its own schema. */
@Component
class ResidentStatistics implements TenantStatistics {

    private final JdbcClient jdbc;

    ResidentStatistics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long residents(TenantId tenant) {
        return TenantContext.call(tenant, () -> jdbc.sql("SELECT count(*) FROM resident").query(Long.class).single());
    }
}
