/**
 * Production mode: Rugzak started as the production image starts it. It then needs an external PostgreSQL and
 * Keycloak and refuses to start without them, instead of quietly starting embedded servers inside a container.
 */
package nl.rugzak.platform.production;
