package nl.rugzak.platform.notifications;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a resident can be told about. Modules declare the kinds they send in their manifest
 * ({@code ModuleManifest.notificationKinds()}); the shared layers (comments, moderation) send theirs always. Each
 * kind has a name, a subject and a text in every language ({@code notifications.kind.<id>.*}) and a default way of
 * delivery a resident can change: things about the resident's own contributions come at once, news they follow
 * once a day.
 */
public enum NotificationKind {
    COMMENT_REPLY("comment-reply", Delivery.IMMEDIATE, true),
    INITIATIVE_STATUS("initiative-status", Delivery.IMMEDIATE, false),
    FOLLOWED_NEWS("followed-news", Delivery.DAILY, false),
    REACTIENOTA_PUBLISHED("reactienota", Delivery.IMMEDIATE, false),
    POLL_RESULTS("poll-results", Delivery.IMMEDIATE, false),
    EVENT_REMINDER("event-reminder", Delivery.IMMEDIATE, false),
    EVENT_CHANGED("event-changed", Delivery.IMMEDIATE, false),
    MODERATION("moderation", Delivery.IMMEDIATE, true);

    private final String id;
    private final Delivery byDefault;
    private final boolean shared;

    NotificationKind(String id, Delivery byDefault, boolean shared) {
        this.id = id;
        this.byDefault = byDefault;
        this.shared = shared;
    }

    /** Its stable name in the database, in unsubscribe links and in the text keys. */
    public String id() {
        return id;
    }

    public Delivery byDefault() {
        return byDefault;
    }

    /** Sent by a shared layer (comments, moderation) rather than by one module: offered whichever modules are on. */
    public boolean shared() {
        return shared;
    }

    public String nameKey() {
        return "notifications.kind." + id + ".name";
    }

    public String subjectKey() {
        return "notifications.kind." + id + ".subject";
    }

    public String bodyKey() {
        return "notifications.kind." + id + ".body";
    }

    /** The text of a notice without a detail (a moderator's approval has no reason), for kinds whose text names one. */
    public String bodyWithoutDetailKey() {
        return "notifications.kind." + id + ".body-without-detail";
    }

    public static Optional<NotificationKind> byId(String id) {
        return Arrays.stream(values()).filter(kind -> kind.id.equals(id)).findFirst();
    }
}
