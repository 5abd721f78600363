package nl.rugzak.platform.participation.events;

/** How residents take part: just come, register, or register with a waiting list once the event is full. */
public enum RegistrationMode {
    NONE, OPEN, WAITING_LIST;

    public String key() {
        return "events.mode." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
