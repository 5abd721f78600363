package nl.rugzak.tenantadmin.time;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import nl.rugzak.tenantadmin.text.Texts;

/**
 * Dates and times for the site, the back office and the lab: always in Dutch time, because the municipalities (and
 * the lab) are in the Netherlands wherever the reader is; written the way the reader's language writes them
 * ("3 maart 2026", "3 March 2026"). "Now" and "today" come from the application's {@link Clock} (the bean in
 * {@link TimeConfiguration}), so tests can move time.
 */
public final class Dates {

    /** The one time zone of Rugzak. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private Dates() {
    }

    /** Today's date in Dutch time, by the given clock (the application's). */
    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }

    /** The moment in Dutch time. */
    public static ZonedDateTime inDutchTime(Instant at) {
        return at.atZone(ZONE);
    }

    /** A date and time as someone in the Netherlands means it (a form's "publish at"), as a moment. */
    public static Instant fromDutchTime(LocalDateTime local) {
        return local.atZone(ZONE).toInstant();
    }

    /** "3 maart 2026", "3 March 2026"; empty for no date. */
    public static String day(Instant at, Locale locale) {
        return format(at, locale, Texts.get(locale, "time.day"));
    }

    /** "3 maart 2026", "3 March 2026". */
    public static String day(LocalDate day, Locale locale) {
        return DateTimeFormatter.ofPattern(Texts.get(locale, "time.day"), Texts.supported(locale)).format(day);
    }

    /** "3 maart 2026 om 10:30", "3 March 2026 at 10:30". */
    public static String moment(Instant at, Locale locale) {
        return format(at, locale, Texts.get(locale, "time.moment"));
    }

    /** "3 maart 2026, 10:30": a time stamp in a list (comments, the moderation queue). */
    public static String stamp(Instant at, Locale locale) {
        return format(at, locale, Texts.get(locale, "time.stamp"));
    }

    /** With a pattern of the caller's own bundle (e.g. a short date in a table). */
    public static String format(Instant at, Locale locale, String pattern) {
        return at == null ? "" : DateTimeFormatter.ofPattern(pattern, Texts.supported(locale)).withZone(ZONE).format(at);
    }

    /** The lab's tables: "3 mrt 2026", "3 Mar 2026" (British, not American, English). */
    public static String shortDay(Instant at, Locale locale) {
        return at == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(region(locale))
                .withZone(ZONE).format(at);
    }

    /** The lab's tables with the time: "3 mrt 2026, 10:30:00", "3 Mar 2026, 10:30:00". */
    public static String shortMoment(Instant at, Locale locale) {
        return at == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(region(locale))
                .withZone(ZONE).format(at);
    }

    private static Locale region(Locale locale) {
        return Texts.supported(locale).equals(Texts.ENGLISH) ? Locale.UK : Locale.forLanguageTag("nl-NL");
    }
}
