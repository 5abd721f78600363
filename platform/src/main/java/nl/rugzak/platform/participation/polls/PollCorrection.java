package nl.rugzak.platform.participation.polls;

import java.time.Instant;

/** A typo corrected after votes came in: what residents voted on, and what it reads now. */
public record PollCorrection(String field, String oldText, String newText, String by, Instant at) {
}
