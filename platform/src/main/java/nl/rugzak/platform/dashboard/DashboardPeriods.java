package nl.rugzak.platform.dashboard;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import nl.rugzak.tenantadmin.text.Texts;
import nl.rugzak.tenantadmin.time.Dates;

/** How a week ("week van 1 december 2026") and a month ("december 2026") are named in charts, tables and CSV. */
public final class DashboardPeriods {

    private DashboardPeriods() {
    }

    public static String week(LocalDate monday, Locale locale) {
        return Texts.get(locale, "dashboard.week-of", Dates.day(monday, locale));
    }

    public static String month(LocalDate first, Locale locale) {
        return first.format(DateTimeFormatter.ofPattern("LLLL yyyy", Texts.supported(locale)));
    }
}
