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
        List<String> modules,
        Contact contact,
        String plan,
        Instant lastExportAt,
        Instant deletionDueAt,
        Instant createdAt,
        Instant updatedAt) {

    /** How residents reach the municipality about the participation site. */
    public record Contact(String email, String phone) {
        public static final Contact NONE = new Contact(null, null);
    }

    public Tenant {
        locales = List.copyOf(locales);
        domains = List.copyOf(domains);
        modules = List.copyOf(modules);
    }

    public String primaryHost() {
        return domains.stream().filter(TenantDomain::primary).map(TenantDomain::host).findFirst().orElse(null);
    }

    public List<String> aliasHosts() {
        return domains.stream().filter(d -> !d.primary()).map(TenantDomain::host).toList();
    }
}
