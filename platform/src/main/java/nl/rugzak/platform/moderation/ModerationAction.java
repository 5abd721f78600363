package nl.rugzak.platform.moderation;

import java.time.Instant;

import nl.rugzak.platform.content.ContentRef;

/**
 * One recorded moderation decision. {@code ref} is null for blocks and unblocks; {@code aboutName} is the
 * resident the decision was about (the author, or the blocked resident), null when unknown or forgotten.
 */
public record ModerationAction(long id, ModerationActionKind action, ContentRef ref, String aboutName,
                               String moderatorName, String reason, Instant at) {
}
