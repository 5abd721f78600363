package nl.rugzak.tenantadmin.registry;

/** Where a tenant is in its life. Only ACTIVE (and later SUSPENDED, with a notice) tenants are served. */
public enum TenantStatus {
    PROVISIONING,
    ACTIVE,
    SUSPENDED,
    ARCHIVED,
    DELETED;

    public boolean servesResidents() {
        return this == ACTIVE;
    }
}
