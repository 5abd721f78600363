/**
 * Whether the application can serve: the database's availability, known at once, the page visitors get while the
 * database is away, and the readiness the platform's health probes read.
 */
package nl.rugzak.platform.availability;
