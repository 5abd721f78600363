package nl.rugzak.platform.participation.events;

import java.time.Instant;

/**
 * One event as a calendar program gets it. {@code onlineUrl} is null unless the asker has a place (a personal .ics);
 * the public feed never carries it.
 */
public record CalendarEntry(long id, String title, String description, Instant startsAt, Instant endsAt,
                            String address, boolean online, String onlineUrl, Instant updatedAt) {
}
