package nl.rugzak.tenantadmin.modules;

/**
 * A participation module (initiatives, consultations, ...) as the catalogue lists it. Each module in the platform
 * registers a bean of this type; tenants switch modules on and order them.
 */
public interface ParticipationModule {

    String id();

    String nameNl();

    String nameEn();
}
