package nl.rugzak.tenantadmin.provisioning;

/** The steps of bringing a municipality online, in order. Each one may run again without harm. */
public enum ProvisioningStep {
    REGISTER("Gemeente registreren"),
    SCHEMA("Databaserol en schema aanmaken"),
    MIGRATIONS("Database-inrichting uitvoeren"),
    REALM("Inlogomgeving (Keycloak-realm) inrichten"),
    FIRST_ADMIN("Eerste beheerder aanmaken"),
    STARTER_CONTENT("Startinhoud klaarzetten"),
    ACTIVATE("Site openen voor bewoners");

    private final String label;

    ProvisioningStep(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
