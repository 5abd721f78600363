package nl.rugzak.tenantadmin.provisioning;

import nl.rugzak.tenantadmin.tenancy.TenantId;

/**
 * Told before each provisioning step runs; a bean of this type may veto by throwing. Used to watch the pipeline
 * and, in tests, to make a chosen step fail.
 */
public interface StepObserver {

    void beforeStep(TenantId tenant, ProvisioningStep step);
}
