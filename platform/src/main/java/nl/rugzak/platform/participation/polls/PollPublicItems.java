package nl.rugzak.platform.participation.polls;

import java.util.List;
import java.util.Optional;

import nl.rugzak.platform.participation.PublicItems;
import org.springframework.stereotype.Component;

/** Public polls by id, for projects' phases and back-office pickers: never drafts, never counts. */
@Component
class PollPublicItems implements PublicItems {

    private final Polls polls;

    PollPublicItems(Polls polls) {
        this.polls = polls;
    }

    @Override
    public Optional<Item> find(long id) {
        return polls.publicSummary(id).map(PollPublicItems::item);
    }

    @Override
    public List<Item> recent(int limit) {
        return polls.published().stream().limit(limit).map(PollPublicItems::item).toList();
    }

    private static Item item(PollSummary poll) {
        return new Item(PollsModule.ID, poll.id(), poll.question(), poll.description(), poll.link(),
                poll.status().key(), poll.opensAt(), null, null);
    }
}
