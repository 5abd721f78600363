package nl.rugzak.platform.participation.updates.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import nl.rugzak.tenantadmin.text.Texts;

/** Dates of updates in the reader's language, in Dutch time (where the municipality is). */
final class UpdateDates {

    private static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");

    private UpdateDates() {
    }

    static String day(Instant at, Locale locale) {
        return at == null ? "" : DateTimeFormatter.ofPattern("d MMMM yyyy", Texts.supported(locale)) // not-ui-text: date pattern
                .withZone(DUTCH_TIME).format(at);
    }

    static String moment(Instant at, Locale locale) {
        return at == null ? "" : Texts.get(locale, "updates.date.moment", day(at, locale),
                DateTimeFormatter.ofPattern("HH:mm").withZone(DUTCH_TIME).format(at)); // not-ui-text: time pattern
    }
}
