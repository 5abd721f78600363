package nl.rugzak.platform.participation.events;

/** A resident's place: registered (has a seat) or waiting for one. */
public enum RegistrationStatus {
    REGISTERED, WAITING;

    public String key() {
        return "events.registration." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
