/**
 * Services the embedded default starts as child processes when nothing external is configured: PostgreSQL now,
 * Keycloak later. In production none of this runs.
 */
package nl.rugzak.platform.devservices;
