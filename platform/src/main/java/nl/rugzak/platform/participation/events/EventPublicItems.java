package nl.rugzak.platform.participation.events;

import java.util.List;
import java.util.Optional;

import nl.rugzak.platform.content.NotFoundException;
import nl.rugzak.platform.modules.EnabledModules;
import nl.rugzak.platform.participation.PublicItems;
import org.springframework.stereotype.Component;

/** Events by id for projects' phases and back-office pickers: every event is public (no link, though). */
@Component
class EventPublicItems implements PublicItems {

    private final Events events;
    private final EnabledModules modules;

    EventPublicItems(Events events, EnabledModules modules) {
        this.events = events;
        this.modules = modules;
    }

    @Override
    public Optional<Item> find(long id) {
        if (!modules.isEnabled(EventsModule.ID)) {
            return Optional.empty();
        }
        try {
            EventDetail event = events.view(id);
            return Optional.of(new Item(EventsModule.ID, id, event.title(), event.address(), "/agenda/" + id,
                    event.availability().key(), event.startsAt(), null, null));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    /** Upcoming events first, then the most recent past ones. */
    @Override
    public List<Item> recent(int limit) {
        if (!modules.isEnabled(EventsModule.ID)) {
            return List.of();
        }
        var upcoming = events.upcoming(limit);
        var past = events.past(Math.max(0, limit - upcoming.size()));
        return java.util.stream.Stream.concat(upcoming.stream(), past.stream())
                .map(card -> new Item(EventsModule.ID, card.id(), card.title(), card.address(), card.link(),
                        card.availability().key(), card.startsAt(), null, null)).toList();
    }
}
