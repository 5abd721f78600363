package nl.rugzak.platform.participation.events;

import java.time.LocalDateTime;

/**
 * What staff fill in for an event. Start and end are wall-clock times in the municipality (Europe/Amsterdam); the
 * service turns them into instants. A point needs an address: the map never shows a place the list cannot name.
 */
public record EventDraft(String title, String description, LocalDateTime start, LocalDateTime end, String address,
                         Double latitude, Double longitude, String onlineUrl, boolean wheelchairAccess,
                         boolean hearingLoop, String language, String accessibilityNotes, Long topicId,
                         RegistrationMode registration, Integer capacity) {
}
