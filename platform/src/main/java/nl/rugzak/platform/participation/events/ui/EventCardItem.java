package nl.rugzak.platform.participation.events.ui;

import java.util.Collection;

import com.vaadin.flow.component.UI;
import nl.rugzak.platform.participation.events.Availability;
import nl.rugzak.platform.participation.events.EventCard;
import nl.rugzak.tenantadmin.time.Dates;
import nl.rugzak.platform.site.ui.parts.Card;
import nl.rugzak.platform.site.ui.parts.CardList;
import nl.rugzak.platform.site.ui.parts.StatusBadge;

/** Events as the shared cards: the title as the link, when and where, and whether there is room (or a report). */
final class EventCardItem {

    private EventCardItem() {
    }

    static CardList list(Collection<EventCard> cards, Card.Level level) {
        return new CardList(cards.stream().map(card -> card(card, level)).toList());
    }

    static Card card(EventCard card, Card.Level level) {
        UI ui = UI.getCurrent();
        String where = card.address() != null
                ? card.address() + (card.online() ? " · " + ui.getTranslation("events.also-online") : "")
                : ui.getTranslation("events.online");
        Card result = new Card(level, card.title(), card.link()).meta(Dates.moment(card.startsAt(), ui.getLocale()), where);
        if (card.availability() != Availability.PAST) {
            result.status(AvailabilityBadge.of(card.availability()));
        } else if (card.hasReport()) {
            result.status(new StatusBadge(ui.getTranslation("events.card.has-report"), StatusBadge.Tone.INFO));
        }
        return result;
    }
}
