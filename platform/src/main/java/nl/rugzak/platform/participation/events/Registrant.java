package nl.rugzak.platform.participation.events;

import java.time.Instant;

/** A registration as staff see it at the door. */
public record Registrant(String name, int people, RegistrationStatus status, Instant at) {
}
