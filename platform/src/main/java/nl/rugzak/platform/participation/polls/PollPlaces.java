package nl.rugzak.platform.participation.polls;

import java.util.List;
import java.util.Optional;

import nl.rugzak.platform.content.NotFoundException;
import nl.rugzak.platform.modules.EnabledModules;
import nl.rugzak.platform.participation.topics.PolicyTopics;
import nl.rugzak.platform.participation.topics.TopicsModule;
import nl.rugzak.platform.participation.updates.NewsUpdate;
import nl.rugzak.platform.participation.updates.Updates;
import nl.rugzak.platform.participation.updates.UpdatesModule;
import org.springframework.stereotype.Component;

/**
 * The topics and news items polls can be placed on, always through those modules' own services: a place that is
 * gone, switched off or not public simply has no link. Not transactional on purpose: a place that is not found is
 * an answer here, and must not mark a caller's transaction for rollback.
 */
@Component
public class PollPlaces {

    private final EnabledModules modules;
    private final PolicyTopics topics;
    private final Updates updates;

    PollPlaces(EnabledModules modules, PolicyTopics topics, Updates updates) {
        this.modules = modules;
        this.topics = topics;
        this.updates = updates;
    }

    /** The public title and link of the place, if a resident may see it. */
    public Optional<PlaceLink> publicLink(Placement place) {
        return switch (place.kind()) {
            case SITE -> Optional.empty();
            case TOPIC -> topics.exists(place.id())
                    ? Optional.of(new PlaceLink(topics.find(place.id()).title(), "/themas/" + place.id()))
                    : Optional.empty();
            case UPDATE -> publicUpdate(place.id()).map(u -> new PlaceLink(u.title(), "/nieuws/" + u.id()));
        };
    }

    /** Whether staff may place a poll there: the topic or news item exists here. */
    boolean exists(Placement place) {
        return switch (place.kind()) {
            case SITE -> true;
            case TOPIC -> topics.exists(place.id());
            case UPDATE -> modules.isEnabled(UpdatesModule.ID)
                    && updates.all().stream().anyMatch(u -> u.id() == place.id());
        };
    }

    /** Where an editor can place a poll: the topics and news items of this municipality. */
    public List<PlaceChoice> choices() {
        List<PlaceChoice> choices = new java.util.ArrayList<>();
        choices.add(new PlaceChoice(Placement.SITE, ""));
        if (modules.isEnabled(TopicsModule.ID)) {
            topics.all().forEach(t -> choices.add(new PlaceChoice(Placement.topic(t.id()), t.title())));
        }
        if (modules.isEnabled(UpdatesModule.ID)) {
            updates.all().forEach(u -> choices.add(new PlaceChoice(Placement.update(u.id()), u.title())));
        }
        return choices;
    }

    /** The topic or news item a poll belongs to, with its title from that module. */
    public record PlaceLink(String title, String link) {
    }

    public record PlaceChoice(Placement placement, String title) {
    }

    private Optional<NewsUpdate> publicUpdate(long id) {
        return readable(id).filter(u -> u.state() == NewsUpdate.State.PUBLISHED);
    }

    private Optional<NewsUpdate> readable(long id) {
        if (!modules.isEnabled(UpdatesModule.ID)) {
            return Optional.empty();
        }
        try {
            return Optional.of(updates.read(id));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }
}
