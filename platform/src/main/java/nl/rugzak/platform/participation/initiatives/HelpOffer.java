package nl.rugzak.platform.participation.initiatives;

import java.time.Instant;

/** A resident's offer to help; only the owner and staff read it. */
public record HelpOffer(long id, String residentName, String message, Instant at) {
}
