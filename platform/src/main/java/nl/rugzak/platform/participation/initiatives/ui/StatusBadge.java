package nl.rugzak.platform.participation.initiatives.ui;

import com.vaadin.flow.component.html.Span;
import nl.rugzak.platform.participation.initiatives.InitiativeStatus;

/** The status in words, never in colour alone. */
class StatusBadge extends Span {

    StatusBadge(InitiativeStatus status) {
        setText(getTranslation("initiatives.status-badge", getTranslation(status.key())));
        addClassName("rugzak-badge");
    }
}
