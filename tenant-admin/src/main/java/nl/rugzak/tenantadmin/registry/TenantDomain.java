package nl.rugzak.tenantadmin.registry;

/** A host name a tenant is served on; exactly one per tenant is primary. */
public record TenantDomain(String host, boolean primary) {
}
