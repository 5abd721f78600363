package nl.rugzak.platform.participation.events.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import nl.rugzak.platform.participation.events.Availability;
import nl.rugzak.platform.participation.events.EventCard;
import nl.rugzak.platform.site.ui.DutchDates;

/** One event in a list: the title as the link, when, where, and whether there is room (or a report). */
class EventCardItem extends ListItem {

    EventCardItem(EventCard card) {
        addClassName("rugzak-card");
        add(new H3(new Anchor(card.link(), card.title())));
        Paragraph when = new Paragraph(DutchDates.moment(card.startsAt(), getLocale()));
        when.addClassName("rugzak-meta");
        add(when);
        String where = card.address() != null
                ? card.address() + (card.online() ? " · " + getTranslation("events.also-online") : "")
                : getTranslation("events.online");
        add(new Paragraph(where));
        if (card.availability() != Availability.PAST) {
            add(new AvailabilityBadge(card.availability()));
        } else if (card.hasReport()) {
            Span report = new Span(getTranslation("events.card.has-report"));
            report.addClassName("rugzak-badge");
            add(report);
        }
    }
}
