package nl.rugzak.platform.participation.events.ui;

import java.util.List;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.rugzak.platform.modules.ModulePage;
import nl.rugzak.platform.participation.events.EventCard;
import nl.rugzak.platform.participation.events.Events;
import nl.rugzak.platform.participation.events.EventsModule;
import nl.rugzak.platform.site.ui.SiteLayout;
import nl.rugzak.platform.site.ui.parts.Card;
import nl.rugzak.platform.site.ui.parts.EmptyState;

/** The agenda: what is coming (soonest first), then what happened and what came of it. */
@Route(value = "agenda", layout = SiteLayout.class)
@AnonymousAllowed
@ModulePage(EventsModule.ID)
public class AgendaView extends Div implements HasDynamicTitle {

    static final int UPCOMING = 50;
    static final int PAST = 20;

    public AgendaView(Events events) {
        addClassName("rugzak-agenda");
        add(new H1(getTranslation("events.list.title")));
        add(new Paragraph(getTranslation("events.list.intro")));
        Anchor map = new Anchor("/kaart", getTranslation("events.list.to-map"));
        Anchor feed = new Anchor("/agenda.ics", getTranslation("events.list.subscribe"));
        feed.setRouterIgnore(true);
        Div links = new Div(map, feed);
        links.addClassName("rugzak-actions");
        add(links);
        add(section("events.list.upcoming", "events.list.none-upcoming", events.upcoming(UPCOMING)));
        add(section("events.list.past", "events.list.none-past", events.past(PAST)));
    }

    private Section section(String headingKey, String emptyKey, List<EventCard> cards) {
        Section section = new Section(new H2(getTranslation(headingKey)));
        if (cards.isEmpty()) {
            section.add(new EmptyState(getTranslation(emptyKey)));
            return section;
        }
        section.add(EventCardItem.list(cards, Card.Level.H3));
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("events.list.title");
    }
}
