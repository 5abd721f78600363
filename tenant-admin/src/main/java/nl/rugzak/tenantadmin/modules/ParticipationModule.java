package nl.rugzak.tenantadmin.modules;

import java.util.List;

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

    /** The first segment of the module's resident pages, e.g. {@code initiatieven}. */
    String path();

    /** What a municipality may change about the module, each with the value it has until changed. */
    default List<ModuleSetting> settings() {
        return List.of();
    }
}
