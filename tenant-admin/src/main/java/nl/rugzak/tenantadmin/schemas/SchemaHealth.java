package nl.rugzak.tenantadmin.schemas;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import nl.rugzak.tenantadmin.tenancy.TenantId;
import org.springframework.stereotype.Component;

/** Which tenants' schemas could not be migrated; such a tenant shows a maintenance page, the others serve on. */
@Component
public class SchemaHealth {

    public record Failure(TenantId tenant, String changeSet, String message, Instant at) {
    }

    private final Map<TenantId, Failure> failures = new ConcurrentHashMap<>();

    public boolean isHealthy(TenantId tenant) {
        return !failures.containsKey(tenant);
    }

    public Optional<Failure> failure(TenantId tenant) {
        return Optional.ofNullable(failures.get(tenant));
    }

    public Map<TenantId, Failure> failures() {
        return Map.copyOf(failures);
    }

    void markBroken(Failure failure) {
        failures.put(failure.tenant(), failure);
    }

    void markHealthy(TenantId tenant) {
        failures.remove(tenant);
    }
}
