package nl.rugzak.platform.participation.events.ui;

import java.util.Optional;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import nl.rugzak.platform.site.ui.parts.Card;
import nl.rugzak.platform.participation.events.Events;
import nl.rugzak.platform.participation.events.EventsModule;
import nl.rugzak.platform.site.ui.HomeSection;

/** "Binnenkort" on the home page: the next three events, and the way to the whole agenda. */
@org.springframework.stereotype.Component
class UpcomingEventsSection implements HomeSection {

    static final int SHOWN = 3;

    private final Events events;

    UpcomingEventsSection(Events events) {
        this.events = events;
    }

    @Override
    public String module() {
        return EventsModule.ID;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> create() {
        var upcoming = events.upcoming(SHOWN);
        if (upcoming.isEmpty()) {
            return Optional.empty();
        }
        Section section = new Section();
        section.addClassName("rugzak-home-events");
        section.add(new H2(section.getTranslation("events.home.heading")));
        section.add(EventCardItem.list(upcoming, Card.Level.H3),
                new Anchor("/agenda", section.getTranslation("events.home.all")));
        return Optional.of(section);
    }
}
