package nl.rugzak.tenantadmin.tenancy;

/**
 * An application event that belongs to one tenant. Its listeners run for that tenant, whichever thread publishes
 * it (see {@link TenantEventMulticaster}); the tenant travels in the event, never in a thread that happens to have one.
 */
public interface TenantEvent {

    TenantId tenant();
}
