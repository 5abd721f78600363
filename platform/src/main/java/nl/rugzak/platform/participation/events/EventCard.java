package nl.rugzak.platform.participation.events;

import java.time.Instant;

/** An event in a list: when, where and whether there is still room. Never the online link. */
public record EventCard(long id, String title, Instant startsAt, Instant endsAt, String address, boolean online,
                        Availability availability, boolean hasReport) {

    public String link() {
        return "/agenda/" + id;
    }
}
