package nl.rugzak.tenantadmin.registry;

import java.time.Instant;
import java.util.List;

import nl.rugzak.tenantadmin.tenancy.TenantId;

/** A municipality as the lab's registry knows it. */
public record Tenant(
        long key,
        TenantId id,
        String displayName,
        TenantStatus status,
        List<String> locales,
        String schemaFingerprint,
        List<TenantDomain> domains,
        Instant createdAt,
        Instant updatedAt) {

    public Tenant {
        locales = List.copyOf(locales);
        domains = List.copyOf(domains);
    }

    public String primaryHost() {
        return domains.stream().filter(TenantDomain::primary).map(TenantDomain::host).findFirst().orElse(null);
    }
}
