package nl.rugzak.platform.participation.events;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import nl.rugzak.tenantadmin.text.Texts;

/**
 * A moment as residents write it ("3 maart 2026 19:30"), for texts made outside a view (link previews, topic pages),
 * with the same pattern as the site's date helper and the municipality's zone from the application clock.
 */
final class EventTimes {

    private EventTimes() {
    }

    static String moment(Instant at, Locale locale, ZoneId zone) {
        return DateTimeFormatter.ofPattern(Texts.get(locale, "site.date.moment"), Texts.supported(locale))
                .withZone(zone).format(at);
    }
}
