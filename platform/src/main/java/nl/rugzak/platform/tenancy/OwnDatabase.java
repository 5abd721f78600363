package nl.rugzak.platform.tenancy;

/**
 * A PostgreSQL that Rugzak starts itself when no database is configured (the embedded default of a development
 * build). The control plane's pool waits for it and logs in as its application user; production never has one.
 */
public interface OwnDatabase {

    String jdbcUrl();

    /** Not the server's superuser: a login that owns the database and may create the tenants' roles. */
    String applicationUser();
}
