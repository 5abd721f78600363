package nl.rugzak.platform.notifications;

import java.util.Objects;

/**
 * One thing that happened, as residents are told of it: the item's title and an optional text exactly as written
 * (a moderator's reason, the municipality's answer), optionally a text key translated into each recipient's language
 * (a status), and the path of the item on the municipality's own site. {@code eventKey}, when given, makes recording
 * idempotent: a second notice with the same key records nothing (a job that runs twice).
 */
public record Notice(NotificationKind kind, String title, String detail, String detailKey, String link,
                     String eventKey) {

    public static final int MAX_TITLE = 300;
    public static final int MAX_DETAIL = 2000;

    public Notice {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        if (link == null || !link.startsWith("/") || link.startsWith("//")) {
            throw new IllegalArgumentException("A notice links to a path on the municipality's own site: " + link);
        }
        title = cut(title, MAX_TITLE);
        detail = detail == null ? null : cut(detail, MAX_DETAIL);
    }

    public static Notice of(NotificationKind kind, String title, String link) {
        return new Notice(kind, title, null, null, link, null);
    }

    public Notice withDetail(String text) {
        return new Notice(kind, title, text, detailKey, link, eventKey);
    }

    public Notice withDetailKey(String key) {
        return new Notice(kind, title, detail, key, link, eventKey);
    }

    public Notice once(String key) {
        return new Notice(kind, title, detail, detailKey, link, key);
    }

    private static String cut(String text, int length) {
        return text.codePointCount(0, text.length()) <= length ? text
                : text.substring(0, text.offsetByCodePoints(0, length - 1)) + "…";
    }
}
