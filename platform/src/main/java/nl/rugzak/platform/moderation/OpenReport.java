package nl.rugzak.platform.moderation;

import java.time.Instant;

/** A report not yet dealt with. {@code item} is what was reported, as its module describes it now. */
public record OpenReport(long id, ModeratedItem item, String reason, String reporterName, Instant reportedAt) {
}
