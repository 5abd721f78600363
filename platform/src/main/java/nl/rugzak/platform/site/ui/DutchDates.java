package nl.rugzak.platform.site.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as Dutch residents write them, in Dutch time. */
public final class DutchDates {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl"))
            .withZone(AMSTERDAM);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMMM yyyy 'om' HH:mm",
            Locale.forLanguageTag("nl")).withZone(AMSTERDAM);

    private DutchDates() {
    }

    public static String day(Instant at) {
        return at == null ? "" : DAY.format(at);
    }

    public static String moment(Instant at) {
        return at == null ? "" : MOMENT.format(at);
    }
}
