package nl.rugzak.platform.notifications;

import java.util.Optional;

/** What one unsubscribe link turns off: one kind (from a single notification's mail) or one digest. */
record UnsubscribeScope(NotificationKind kind, Delivery digest) {

    static UnsubscribeScope of(NotificationKind kind) {
        return new UnsubscribeScope(kind, null);
    }

    static UnsubscribeScope digest(Delivery period) {
        return new UnsubscribeScope(null, period);
    }

    /** Its name in the link: the kind's id, or {@code digest-daily} / {@code digest-weekly}. */
    String id() {
        return kind != null ? kind.id() : "digest-" + digest.name().toLowerCase(java.util.Locale.ROOT);
    }

    static Optional<UnsubscribeScope> parse(String id) {
        if ("digest-daily".equals(id)) {
            return Optional.of(digest(Delivery.DAILY));
        }
        if ("digest-weekly".equals(id)) {
            return Optional.of(digest(Delivery.WEEKLY));
        }
        return NotificationKind.byId(id == null ? "" : id).map(UnsubscribeScope::of);
    }
}
