package nl.rugzak.platform.participation.events;

/** What the badge on an event says: come freely, register, join the waiting list, full, or over. */
public enum Availability {
    FREE, OPEN, WAITING_LIST, FULL, PAST;

    public String key() {
        return "events.availability." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    static Availability of(RegistrationMode mode, Integer capacity, int taken, boolean past) {
        if (past) {
            return PAST;
        }
        if (mode == RegistrationMode.NONE) {
            return FREE;
        }
        boolean full = capacity != null && taken >= capacity;
        if (!full) {
            return OPEN;
        }
        return mode == RegistrationMode.WAITING_LIST ? WAITING_LIST : FULL;
    }
}
