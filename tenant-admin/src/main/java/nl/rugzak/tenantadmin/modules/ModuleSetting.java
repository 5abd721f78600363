package nl.rugzak.tenantadmin.modules;

import java.util.Locale;

import nl.rugzak.tenantadmin.text.Texts;

/** One switch of a module a municipality may turn, with the value it has until someone does. */
public record ModuleSetting(String key, String labelKey, boolean defaultValue) {

    public String label(Locale locale) {
        return Texts.get(locale, labelKey);
    }
}
