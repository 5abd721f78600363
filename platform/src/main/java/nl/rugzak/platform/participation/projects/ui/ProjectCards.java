package nl.rugzak.platform.participation.projects.ui;

import com.vaadin.flow.component.UI;
import nl.rugzak.platform.participation.PublicItems;
import nl.rugzak.platform.participation.projects.ProjectCard;
import nl.rugzak.platform.participation.projects.ProjectStatus;
import nl.rugzak.platform.site.ui.parts.Card;
import nl.rugzak.platform.site.ui.parts.StatusBadge;
import nl.rugzak.tenantadmin.text.Texts;

/** Projects and phase items as the shared cards show them. */
final class ProjectCards {

    private ProjectCards() {
    }

    static Card of(ProjectCard project, Card.Level level) {
        var locale = UI.getCurrent().getLocale();
        Card card = new Card(level, project.title(), project.link())
                .status(badge(project.status()))
                .meta(project.currentPhase() == null ? null : Texts.get(locale, "projects.card.current-phase", project.currentPhase()))
                .summary(project.summary());
        if (project.imageUrl() != null) {
            card.image(project.imageUrl(), project.imageAlt());
        }
        return card;
    }

    static Card of(PublicItems.Item item, Card.Level level) {
        var locale = UI.getCurrent().getLocale();
        Card card = new Card(level, item.title(), item.link());
        if (item.statusKey() != null && Texts.has(locale, item.statusKey())) {
            card.status(new StatusBadge(Texts.get(locale, item.statusKey()), StatusBadge.Tone.NEUTRAL));
        }
        card.summary(item.summary());
        if (item.imageUrl() != null) {
            card.image(item.imageUrl(), item.imageAlt() == null ? "" : item.imageAlt());
        }
        return card;
    }

    static StatusBadge badge(ProjectStatus status) {
        String text = Texts.get(UI.getCurrent().getLocale(), status.key());
        return new StatusBadge(text, switch (status) {
            case DRAFT -> StatusBadge.Tone.NEUTRAL;
            case PUBLISHED -> StatusBadge.Tone.SUCCESS;
            case CLOSED -> StatusBadge.Tone.CLOSED;
        });
    }
}
