package nl.rugzak.platform.participation.events;

import nl.rugzak.tenantadmin.text.UserText;

import java.time.LocalDateTime;

/**
 * What staff fill in for an event. Start and end are wall-clock times in the municipality (Europe/Amsterdam); the
 * service turns them into instants. A point needs an address: the map never shows a place the list cannot name.
 */
public record EventDraft(String title, String description, LocalDateTime start, LocalDateTime end, String address,
                         Double latitude, Double longitude, String onlineUrl, boolean wheelchairAccess,
                         boolean hearingLoop, String language, String accessibilityNotes, Long topicId,
                         RegistrationMode registration, Integer capacity) {

    // Typed text by the one rule (control, bidi and invisible characters), before any check reads it.
    public EventDraft {
        title = UserText.line(title);
        description = UserText.lines(description);
        address = UserText.line(address);
        onlineUrl = UserText.line(onlineUrl);
        accessibilityNotes = UserText.lines(accessibilityNotes);
    }

}
