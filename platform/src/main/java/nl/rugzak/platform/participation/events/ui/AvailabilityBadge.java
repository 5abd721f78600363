package nl.rugzak.platform.participation.events.ui;

import com.vaadin.flow.component.UI;
import nl.rugzak.platform.participation.events.Availability;
import nl.rugzak.platform.site.ui.parts.StatusBadge;

/** "Vol", "Wachtlijst", "Aanmelden" as the shared badge: the word says it, the tone only adds an edge. */
final class AvailabilityBadge {

    private AvailabilityBadge() {
    }

    static StatusBadge of(Availability availability) {
        StatusBadge.Tone tone = switch (availability) {
            case FREE -> StatusBadge.Tone.INFO;
            case OPEN -> StatusBadge.Tone.SUCCESS;
            case WAITING_LIST -> StatusBadge.Tone.WARNING;
            case FULL, PAST -> StatusBadge.Tone.CLOSED;
        };
        return new StatusBadge(UI.getCurrent() == null ? availability.key()
                : UI.getCurrent().getTranslation(availability.key()), tone);
    }
}
