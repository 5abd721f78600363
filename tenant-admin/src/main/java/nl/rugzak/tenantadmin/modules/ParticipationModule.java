package nl.rugzak.tenantadmin.modules;

import java.util.List;
import java.util.Locale;

import nl.rugzak.tenantadmin.text.Texts;

/**
 * A participation module (initiatives, consultations, ...) as the catalogue lists it. Each module in the platform
 * registers a bean of this type; tenants switch modules on and order them. Its name and description are keys in the
 * text bundles, so they exist in every language Rugzak speaks.
 */
public interface ParticipationModule {

    String id();

    String nameKey();

    /** The key of one sentence for residents and for staff choosing modules. */
    String descriptionKey();

    default String name(Locale locale) {
        return Texts.get(locale, nameKey());
    }

    default String description(Locale locale) {
        return Texts.get(locale, descriptionKey());
    }

    /** The first segment of the module's resident pages, e.g. {@code initiatieven}. */
    String path();

    /** What a municipality may change about the module, each with the value it has until changed. */
    default List<ModuleSetting> settings() {
        return List.of();
    }
}
