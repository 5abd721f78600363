package nl.rugzak.tenantadmin.provisioning;

import java.util.List;

/** Everything the wizard asks, kept with the run so that a retry or a restart has what it needs. */
public record ProvisioningRequest(NewTenant tenant, FirstAdmin firstAdmin, List<String> modules) {

    public ProvisioningRequest {
        modules = modules == null ? List.of() : List.copyOf(modules);
    }
}
