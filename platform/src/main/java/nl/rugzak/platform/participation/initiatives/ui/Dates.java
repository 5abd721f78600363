package nl.rugzak.platform.participation.initiatives.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** A day as the reader writes it ("27 november 2026", "27 November 2026"), in the municipality's time zone. */
final class Dates {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private Dates() {
    }

    static String day(Instant at, Locale locale) {
        return at == null ? "" : DateTimeFormatter.ofPattern("d MMMM yyyy", locale).withZone(AMSTERDAM).format(at);
    }
}
