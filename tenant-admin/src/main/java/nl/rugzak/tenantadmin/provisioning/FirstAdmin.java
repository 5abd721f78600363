package nl.rugzak.tenantadmin.provisioning;

/** The municipality's first tenant admin, who gets a link to choose a password. */
public record FirstAdmin(String firstName, String lastName, String email) {
}
