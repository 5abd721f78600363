package nl.rugzak.tenantadmin.modules;

import java.util.List;
import java.util.Locale;

/**
 * A participation module (initiatives, consultations, ...) as the catalogue lists it. Each module in the platform
 * registers a bean of this type; tenants switch modules on and order them.
 */
public interface ParticipationModule {

    String id();

    String nameNl();

    String nameEn();

    /** One sentence for staff choosing modules. */
    default String descriptionNl() {
        return "";
    }

    /** The same sentence in English; empty until the module gives one. */
    default String descriptionEn() {
        return "";
    }

    /** The name in the reader's language: English for English, Dutch otherwise. */
    default String name(Locale locale) {
        return english(locale) ? nameEn() : nameNl();
    }

    /** The description in the reader's language; empty when the module has none in that language. */
    default String description(Locale locale) {
        return english(locale) ? descriptionEn() : descriptionNl();
    }

    private static boolean english(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }

    /** The first segment of the module's resident pages, e.g. {@code initiatieven}. */
    String path();

    /** What a municipality may change about the module, each with the value it has until changed. */
    default List<ModuleSetting> settings() {
        return List.of();
    }
}
