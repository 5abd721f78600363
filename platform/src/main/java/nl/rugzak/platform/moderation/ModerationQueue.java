package nl.rugzak.platform.moderation;

import java.util.List;

/** What waits for a moderator: items and comments held by pre-moderation, and open reports. */
public record ModerationQueue(List<ModeratedItem> pending, List<OpenReport> reports) {
}
