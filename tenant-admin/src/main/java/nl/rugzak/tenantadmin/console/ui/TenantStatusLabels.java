package nl.rugzak.tenantadmin.console.ui;

import java.util.Locale;

import nl.rugzak.tenantadmin.registry.TenantStatus;
import nl.rugzak.tenantadmin.text.Texts;

/** A tenant status as the lab admin reads it; the key is made from the status, so a test checks every one. */
public final class TenantStatusLabels {

    private TenantStatusLabels() {
    }

    static String key(TenantStatus status) {
        return "console.status." + status.name().toLowerCase(Locale.ROOT);
    }

    static String label(Locale locale, TenantStatus status) {
        return Texts.get(locale, key(status));
    }
}
