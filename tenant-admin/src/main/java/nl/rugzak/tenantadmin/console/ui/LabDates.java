package nl.rugzak.tenantadmin.console.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import nl.rugzak.tenantadmin.text.Texts;

/** Dates in the lab's pages, in the reader's language (British English, not American) and the lab's time zone. */
final class LabDates {

    private static final ZoneId LAB = ZoneId.of("Europe/Amsterdam");

    private LabDates() {
    }

    static String date(Locale locale, Instant instant) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(region(locale)).withZone(LAB).format(instant);
    }

    static String dateTime(Locale locale, Instant instant) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(region(locale)).withZone(LAB).format(instant);
    }

    private static Locale region(Locale locale) {
        return Texts.supported(locale).equals(Texts.ENGLISH) ? Locale.UK : Locale.forLanguageTag("nl-NL");
    }
}
