package nl.rugzak.platform.participation.polls.ui;

import com.vaadin.flow.component.Component;
import nl.rugzak.platform.participation.polls.Placement;
import nl.rugzak.platform.participation.polls.Polls;
import nl.rugzak.platform.participation.updates.UpdatePageSection;
import nl.rugzak.platform.residents.CurrentUser;

/** Below a news item: the open polls placed on it ("Welke naam krijgt het park?" under the news about the park). */
@org.springframework.stereotype.Component
class PollUpdateSection implements UpdatePageSection {

    private final Polls polls;
    private final CurrentUser currentUser;

    PollUpdateSection(Polls polls, CurrentUser currentUser) {
        this.polls = polls;
        this.currentUser = currentUser;
    }

    @Override
    public Component create(long updateId) {
        return OpenPollsSection.of(polls, currentUser, Placement.update(updateId), "polls.update.heading");
    }
}
