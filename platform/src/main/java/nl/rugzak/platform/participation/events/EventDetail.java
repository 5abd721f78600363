package nl.rugzak.platform.participation.events;

import java.time.Instant;

/**
 * One event as the visitor may see it. {@code onlineUrl} is filled only for registered residents and staff;
 * {@code online} says there is a link without giving it.
 */
public record EventDetail(long id, String title, String description, Instant startsAt, Instant endsAt,
                          String address, Double latitude, Double longitude, boolean online, String onlineUrl,
                          boolean wheelchairAccess, boolean hearingLoop, String language, String accessibilityNotes,
                          Long topicId, RegistrationMode registration, Integer capacity, int taken, int waiting,
                          Availability availability, String report, String outcomes, Instant reportedAt,
                          Mine mine) {

    /** The visitor's own registration, or null. */
    public record Mine(RegistrationStatus status, int people, int placeInQueue) {
    }

    public boolean past() {
        return availability == Availability.PAST;
    }

    public boolean hasReport() {
        return reportedAt != null;
    }

    public Integer placesLeft() {
        return capacity == null ? null : Math.max(0, capacity - taken);
    }
}
