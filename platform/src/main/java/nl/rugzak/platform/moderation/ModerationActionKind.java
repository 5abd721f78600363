package nl.rugzak.platform.moderation;

/** What a moderator decided. */
public enum ModerationActionKind {
    APPROVE, HIDE, RESTORE, BLOCK, UNBLOCK, REPORT_RESOLVED, POLICY_CHANGED
}
