package nl.rugzak.platform.sharing;

import java.util.Locale;

import nl.rugzak.tenantadmin.text.Texts;

/** The words a page without its own title or description falls back on, in the visitor's language. */
public final class SiteDescriptions {

    private SiteDescriptions() {
    }

    public static String generic(String tenantName) {
        return generic(Texts.DUTCH, tenantName);
    }

    public static String generic(Locale locale, String tenantName) {
        return Texts.get(locale, "sharing.generic.description", tenantName);
    }

    public static String title(Locale locale, String tenantName) {
        return Texts.get(locale, "sharing.generic.title", tenantName);
    }
}
