package nl.rugzak.platform.participation.events;

import java.net.URI;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import nl.rugzak.platform.content.SafeMarkdown;
import nl.rugzak.tenantadmin.text.Texts;

/**
 * Writes events as iCalendar (RFC 5545) with ical4j: times in the municipality's own zone (TZID with its VTIMEZONE,
 * so calendar programs keep the wall-clock time across the daylight-saving change), a stable UID per event, and the
 * event's page as URL. The online link only when the entry carries it.
 */
public final class EventCalendar {

    public static final String MEDIA_TYPE = "text/calendar;charset=UTF-8";
    private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

    /** Where the calendar lives: the site's base URL, the tenant's slug (for UIDs), its name and its zone. */
    public record Site(String baseUrl, String slug, String name, ZoneId zone, Locale language) {
    }

    private EventCalendar() {
    }

    public static String write(Site site, List<CalendarEntry> entries, SafeMarkdown markdown) {
        TimeZone zone = ZONES.getTimeZone(site.zone().getId());
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Rugzak//Agenda//NL"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        calendar.add(new XProperty("X-WR-CALNAME", Texts.get(site.language(), "events.feed.title", site.name())));
        calendar.add(new XProperty("X-WR-TIMEZONE", site.zone().getId()));
        calendar.add(vTimeZone(zone, site.zone()));
        for (CalendarEntry entry : entries) {
            calendar.add(event(site, entry, markdown));
        }
        return calendar.toString();
    }

    /**
     * ical4j's zone data names Europe/Amsterdam's rules after Europe/Brussels (an alias in the tz database since
     * 2022); the VTIMEZONE must carry the TZID our times refer to, or calendar programs cannot match them.
     */
    private static VTimeZone vTimeZone(TimeZone zone, ZoneId id) {
        VTimeZone copy = zone.getVTimeZone().copy();
        copy.replace(new TzId(id.getId()));
        copy.getProperty("X-LIC-LOCATION").ifPresent(location -> copy.replace(new XProperty("X-LIC-LOCATION", id.getId())));
        return copy;
    }

    private static VEvent event(Site site, CalendarEntry entry, SafeMarkdown markdown) {
        VEvent event = new VEvent(entry.startsAt().atZone(site.zone()), entry.endsAt().atZone(site.zone()),
                entry.title());
        event.add(new Uid("event-" + entry.id() + "@" + site.slug() + ".rugzak.nl"));
        event.replace(new DtStamp(entry.updatedAt()));
        event.add(new LastModified(entry.updatedAt()));
        String page = site.baseUrl() + "/agenda/" + entry.id();
        event.add(new Url(URI.create(page)));
        String location = location(site.language(), entry);
        if (location != null) {
            event.add(new Location(location));
        }
        StringBuilder text = new StringBuilder(markdown.plain(entry.description() == null ? "" : entry.description(), 2_000));
        if (entry.online()) {
            text.append("\n\n").append(entry.onlineUrl() != null
                    ? Texts.get(site.language(), "events.ics.online-link", entry.onlineUrl())
                    : Texts.get(site.language(), "events.ics.online-for-registered", page));
        }
        text.append("\n\n").append(page);
        event.add(new Description(text.toString().strip()));
        return event;
    }

    private static String location(Locale language, CalendarEntry entry) {
        if (entry.address() != null) {
            return entry.address();
        }
        return entry.online() ? Texts.get(language, "events.ics.online") : null;
    }
}
