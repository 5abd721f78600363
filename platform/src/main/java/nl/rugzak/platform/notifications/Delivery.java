package nl.rugzak.platform.notifications;

import java.util.Locale;

/** How a resident wants to hear of one kind of notification by mail; the in-site list shows everything anyway. */
public enum Delivery {
    IMMEDIATE, DAILY, WEEKLY, OFF;

    public String key() {
        return "notifications.delivery." + name().toLowerCase(Locale.ROOT);
    }
}
