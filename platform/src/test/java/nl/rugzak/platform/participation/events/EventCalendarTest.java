package nl.rugzak.platform.participation.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import nl.rugzak.platform.content.SafeMarkdown;
import org.junit.jupiter.api.Test;

/** The iCalendar we write, read back with ical4j: zone, offsets on both sides of the clock change, no leaked links. */
class EventCalendarTest {

    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    static final EventCalendar.Site SITE = new EventCalendar.Site("https://voorbeeld.example", "voorbeeld",
            "Voorbeeldstad", AMSTERDAM, Locale.of("nl"));

    static Instant local(String dateTime) {
        return LocalDateTime.parse(dateTime).atZone(AMSTERDAM).toInstant();
    }

    static CalendarEntry entry(long id, String start, String end, String url) {
        return new CalendarEntry(id, "Buurtavond " + id, "Over **het plein**.", local(start), local(end),
                "Lindelaan 12, Voorbeeldstad", url != null, url, Instant.parse("2030-01-01T10:00:00Z"));
    }

    static Calendar parse(String text) throws Exception {
        return new CalendarBuilder().build(new StringReader(text));
    }

    @SuppressWarnings("unchecked")
    static ZonedDateTime start(VEvent event) {
        return (ZonedDateTime) event.getDateTimeStart().getDate();
    }

    @Test
    void timesKeepTheirWallClockAndOffsetAcrossTheSpringAndAutumnChange() throws Exception {
        // Summer time starts on Sunday 31 March 2030 and ends on Sunday 27 October 2030.
        String text = EventCalendar.write(SITE, List.of(
                entry(1, "2030-03-30T19:30", "2030-03-30T21:00", null),
                entry(2, "2030-03-31T19:30", "2030-03-31T21:00", null),
                entry(3, "2030-10-26T19:30", "2030-10-26T21:00", null),
                entry(4, "2030-10-27T19:30", "2030-10-27T21:00", null)), new SafeMarkdown());

        Calendar calendar = parse(text);
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(4);
        assertThat(text).contains("DTSTART;TZID=Europe/Amsterdam:20300330T193000")
                .contains("DTSTART;TZID=Europe/Amsterdam:20300331T193000");
        assertThat(events).extracting(e -> start(e).getOffset()).containsExactly(ZoneOffset.ofHours(1),
                ZoneOffset.ofHours(2), ZoneOffset.ofHours(2), ZoneOffset.ofHours(1));
        assertThat(events).extracting(e -> start(e).toInstant()).containsExactly(
                Instant.parse("2030-03-30T18:30:00Z"), Instant.parse("2030-03-31T17:30:00Z"),
                Instant.parse("2030-10-26T17:30:00Z"), Instant.parse("2030-10-27T18:30:00Z"));

        List<VTimeZone> zones = calendar.getComponents("VTIMEZONE");
        assertThat(zones).singleElement().satisfies(zone -> {
            assertThat(zone.getTimeZoneId().getValue()).isEqualTo("Europe/Amsterdam");
            assertThat(zone.getObservances()).extracting(o -> ((net.fortuna.ical4j.model.property.TzOffsetTo) o.getProperty("TZOFFSETTO").orElseThrow()).getOffset())
                    .contains(ZoneOffset.ofHours(1), ZoneOffset.ofHours(2));
        });
        assertThat(calendar.getComponents("VEVENT").getFirst().getProperty("UID").orElseThrow().getValue())
                .isEqualTo("event-1@voorbeeld.rugzak.nl");
        calendar.validate();
    }

    @Test
    void anEntryWithoutItsLinkSaysWhereToGetItAndNeverCarriesIt() throws Exception {
        CalendarEntry hidden = new CalendarEntry(7, "Online sessie", "", local("2030-05-01T20:00"),
                local("2030-05-01T21:00"), null, true, null, Instant.parse("2030-01-01T10:00:00Z"));
        String text = EventCalendar.write(SITE, List.of(hidden), new SafeMarkdown());

        assertThat(text).doesNotContain("meet.").contains("LOCATION:Online")
                .contains("URL:https://voorbeeld.example/agenda/7");
        VEvent event = parse(text).getComponents("VEVENT").getFirst() instanceof VEvent v ? v : null;
        assertThat(event).isNotNull();
        assertThat(event.getDescription().getValue()).contains("https://voorbeeld.example/agenda/7");
    }

    @Test
    void anEntryWithItsLinkGivesItForThatVisitorsOwnFile() throws Exception {
        String text = EventCalendar.write(SITE, List.of(entry(8, "2030-05-01T20:00", "2030-05-01T21:00",
                "https://meet.example.org/abc")), new SafeMarkdown());

        VEvent event = parse(text).getComponents("VEVENT").getFirst() instanceof VEvent v ? v : null;
        assertThat(event.getDescription().getValue()).contains("https://meet.example.org/abc")
                .contains("Over het plein.");
    }
}
