/**
 * What a development build starts itself when nothing external is configured (the embedded default): PostgreSQL,
 * Keycloak and an SMTP server with its mailbox page. It provides what the platform asks for
 * ({@link nl.rugzak.platform.tenancy.OwnDatabase}, {@link nl.rugzak.platform.security.OwnIdentityServer}, the mail
 * settings through {@code META-INF/rugzak/own-services.factories}); nothing outside this package refers to it, so the
 * production jar leaves the whole package out.
 */
package nl.rugzak.platform.devservices;
