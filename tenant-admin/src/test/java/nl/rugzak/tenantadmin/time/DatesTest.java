package nl.rugzak.tenantadmin.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

import nl.rugzak.tenantadmin.text.Texts;
import org.junit.jupiter.api.Test;

class DatesTest {

    @Test
    void daysAndMomentsInBothLanguagesInDutchTime() {
        Instant winter = Instant.parse("2026-03-03T09:30:00Z");
        assertThat(Dates.day(winter, Texts.DUTCH)).isEqualTo("3 maart 2026");
        assertThat(Dates.day(winter, Texts.ENGLISH)).isEqualTo("3 March 2026");
        assertThat(Dates.moment(winter, Texts.DUTCH)).isEqualTo("3 maart 2026 om 10:30");
        assertThat(Dates.moment(winter, Texts.ENGLISH)).isEqualTo("3 March 2026 at 10:30");
        assertThat(Dates.stamp(winter, Texts.DUTCH)).isEqualTo("3 maart 2026, 10:30");
        assertThat(Dates.day(LocalDate.of(2026, 11, 27), Texts.ENGLISH)).isEqualTo("27 November 2026");
        assertThat(Dates.day((Instant) null, Texts.DUTCH)).isEmpty();
    }

    @Test
    void theSummerTimeChangeMovesTheClockAnHourForward() {
        // Summer time starts on 29 March 2026 at 02:00 (01:00 UTC): the same UTC hour reads one hour later after it.
        Instant before = Instant.parse("2026-03-29T00:30:00Z");
        Instant after = Instant.parse("2026-03-29T01:30:00Z");
        assertThat(Dates.moment(before, Texts.DUTCH)).isEqualTo("29 maart 2026 om 01:30");
        assertThat(Dates.moment(after, Texts.DUTCH)).isEqualTo("29 maart 2026 om 03:30");
        assertThat(Dates.moment(after, Texts.ENGLISH)).isEqualTo("29 March 2026 at 03:30");
        // Late on 24 October (summer time) is already 25 October in Amsterdam; after the change back, an hour less.
        assertThat(Dates.day(Instant.parse("2026-10-24T22:30:00Z"), Texts.ENGLISH)).isEqualTo("25 October 2026");
        assertThat(Dates.moment(Instant.parse("2026-10-25T22:30:00Z"), Texts.DUTCH)).isEqualTo("25 oktober 2026 om 23:30");
        assertThat(Dates.fromDutchTime(LocalDateTime.of(2026, 3, 29, 3, 30))).isEqualTo(after);
    }

    @Test
    void todayIsTheDutchDayByTheApplicationsClock() {
        Clock lateInUtc = Clock.fixed(Instant.parse("2026-06-30T22:30:00Z"), java.time.ZoneOffset.UTC);
        assertThat(Dates.today(lateInUtc)).isEqualTo(LocalDate.of(2026, 7, 1));
    }

    @Test
    void theLabWritesShortDatesTheBritishWayInEnglish() {
        Instant at = Instant.parse("2026-03-03T09:30:00Z");
        assertThat(Dates.shortDay(at, Texts.ENGLISH)).isEqualTo("3 Mar 2026");
        assertThat(Dates.shortDay(at, Texts.DUTCH)).isEqualTo("3 mrt 2026");
    }
}
