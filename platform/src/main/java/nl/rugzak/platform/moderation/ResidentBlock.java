package nl.rugzak.platform.moderation;

import java.time.Instant;
import java.time.LocalDate;

/** A block in force: no posting until and including {@code until} (null: until a moderator lifts it). */
public record ResidentBlock(long id, String residentSubject, String residentName, String reason, LocalDate until,
                            Instant since) {
}
