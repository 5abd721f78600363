package nl.rugzak.platform.moderation;

/** Who sees an item or comment: waiting for a moderator, everyone, or only its author and moderators. */
public enum Visibility {
    PENDING, VISIBLE, HIDDEN
}
