package nl.rugzak.tenantadmin.console.ui;

import nl.rugzak.tenantadmin.registry.TenantStatus;

final class TenantStatusLabels {

    private TenantStatusLabels() {
    }

    static String dutch(TenantStatus status) {
        return switch (status) {
            case PROVISIONING -> "Wordt ingericht";
            case ACTIVE -> "Actief";
            case SUSPENDED -> "Opgeschort";
            case ARCHIVED -> "Gearchiveerd";
            case DELETED -> "Verwijderd";
        };
    }
}
