package nl.rugzak.tenantadmin.provisioning;

import java.util.Locale;

import nl.rugzak.tenantadmin.text.Texts;

/** The steps of bringing a municipality online, in order. Each one may run again without harm. */
public enum ProvisioningStep {
    REGISTER,
    SCHEMA,
    MIGRATIONS,
    REALM,
    FIRST_ADMIN,
    STARTER_CONTENT,
    ACTIVATE;

    /** The text key of the step's name, e.g. {@code provisioning.step.first-admin}. */
    public String key() {
        return "provisioning.step." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String label(Locale locale) {
        return Texts.get(locale, key());
    }

    /** The Dutch name, for the audit log. */
    public String label() {
        return Texts.dutch(key());
    }
}
