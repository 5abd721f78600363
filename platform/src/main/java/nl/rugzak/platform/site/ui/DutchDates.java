package nl.rugzak.platform.site.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.vaadin.flow.component.UI;
import nl.rugzak.tenantadmin.text.Texts;

/**
 * Dates as residents write them in their language ("3 maart 2026", "3 March 2026"), always in Dutch time: the
 * municipality is in the Netherlands, wherever the reader is. Without a locale, the current UI's language is used
 * (Dutch outside a UI). The name stays for the callers in other modules.
 */
public final class DutchDates {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private DutchDates() {
    }

    public static String day(Instant at) {
        return day(at, currentLocale());
    }

    public static String moment(Instant at) {
        return moment(at, currentLocale());
    }

    public static String day(Instant at, Locale locale) {
        return format(at, locale, Texts.get(locale, "site.date.day"));
    }

    public static String moment(Instant at, Locale locale) {
        return format(at, locale, Texts.get(locale, "site.date.moment"));
    }

    /** The language of the UI on this thread, Dutch when there is none (a background job, a plain request). */
    public static Locale currentLocale() {
        UI ui = UI.getCurrent();
        return ui == null ? Texts.DUTCH : Texts.supported(ui.getLocale());
    }

    private static String format(Instant at, Locale locale, String pattern) {
        return at == null ? "" : DateTimeFormatter.ofPattern(pattern, Texts.supported(locale)).withZone(AMSTERDAM).format(at);
    }
}
