package nl.rugzak.platform.participation.events.ui;

import com.vaadin.flow.component.html.Span;
import nl.rugzak.platform.participation.events.Availability;

/** "Vol", "Wachtlijst", "Aanmelden": in words, never in colour alone. */
class AvailabilityBadge extends Span {

    AvailabilityBadge(Availability availability) {
        setText(getTranslation(availability.key()));
        addClassName("rugzak-badge");
        addClassName("rugzak-badge-" + availability.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
    }
}
