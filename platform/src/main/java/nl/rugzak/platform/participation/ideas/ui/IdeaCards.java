package nl.rugzak.platform.participation.ideas.ui;

import com.vaadin.flow.component.UI;
import nl.rugzak.platform.participation.ideas.IdeaCard;
import nl.rugzak.platform.participation.ideas.IdeaStatus;
import nl.rugzak.platform.site.ui.parts.Card;
import nl.rugzak.platform.site.ui.parts.StatusBadge;
import nl.rugzak.tenantadmin.text.Texts;

/** Ideas as the shared cards show them. */
final class IdeaCards {

    private IdeaCards() {
    }

    static Card of(IdeaCard idea, Card.Level level) {
        var locale = UI.getCurrent().getLocale();
        Card card = new Card(level, idea.title(), idea.link())
                .status(badge(idea.status()))
                .meta(Texts.get(locale, idea.category().key()), idea.place(),
                        Texts.count(locale, "ideas.card.supports", idea.supports()),
                        idea.thresholdReached() ? Texts.get(locale, "ideas.card.threshold-reached") : null,
                        idea.hidden() ? Texts.get(locale, "ideas.card.hidden") : null,
                        idea.waiting() ? Texts.get(locale, "ideas.card.waiting") : null)
                .summary(idea.description().length() > 200 ? idea.description().substring(0, 197) + "…" : idea.description());
        if (idea.imageUrl() != null) {
            card.image(idea.imageUrl(), idea.imageAlt());
        }
        return card;
    }

    static StatusBadge badge(IdeaStatus status) {
        return new StatusBadge(Texts.get(UI.getCurrent().getLocale(), status.key()), switch (status) {
            case OPEN -> StatusBadge.Tone.NEUTRAL;
            case UNDER_REVIEW -> StatusBadge.Tone.INFO;
            case SELECTED -> StatusBadge.Tone.SUCCESS;
            case NOT_FEASIBLE -> StatusBadge.Tone.WARNING;
            case MERGED -> StatusBadge.Tone.CLOSED;
        });
    }
}
