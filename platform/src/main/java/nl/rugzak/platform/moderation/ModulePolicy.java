package nl.rugzak.platform.moderation;

/** Whether a module's new items and new comments wait for a moderator (pre-moderation) or appear at once. */
public record ModulePolicy(String module, boolean itemsPremoderated, boolean commentsPremoderated) {
}
