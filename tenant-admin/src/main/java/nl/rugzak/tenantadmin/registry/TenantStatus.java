package nl.rugzak.tenantadmin.registry;

/**
 * Where a tenant is in its life. PROVISIONING is never served; SUSPENDED shows residents a notice; ARCHIVED is read
 * only; DELETED waits out its grace period before it is purged.
 */
public enum TenantStatus {
    PROVISIONING,
    ACTIVE,
    SUSPENDED,
    ARCHIVED,
    DELETED
}
