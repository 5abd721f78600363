package nl.rugzak.platform.participation.consultations;

import java.time.Instant;

/**
 * A reaction as a resident's page shows it. {@code authorName} is the display name for public reactions and null
 * for formal views (only their author and staff see those at all). {@code anchor} is null for the whole document.
 */
public record Reaction(long id, int number, String anchor, String body, String proposedText, String authorName,
                       int supporters, boolean mine, boolean supportedByMe, boolean hasAttachment,
                       String attachmentName, Instant createdAt, Instant updatedAt) {
}
