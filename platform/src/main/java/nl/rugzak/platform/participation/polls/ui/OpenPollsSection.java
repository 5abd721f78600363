package nl.rugzak.platform.participation.polls.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import nl.rugzak.platform.content.NotFoundException;
import nl.rugzak.platform.participation.polls.Placement;
import nl.rugzak.platform.participation.polls.PollStatus;
import nl.rugzak.platform.participation.polls.PollSummary;
import nl.rugzak.platform.participation.polls.Polls;
import nl.rugzak.platform.residents.CurrentUser;

/**
 * The open polls placed somewhere (a topic, a news item), to vote in right there; hidden when there are none. Closed
 * ones are not repeated here: the place lists them among its contributions or the poll page has them.
 */
final class OpenPollsSection {

    private OpenPollsSection() {
    }

    static Component of(Polls polls, CurrentUser currentUser, Placement placement, String headingKey) {
        Section section = new Section();
        List<PollSummary> open = polls.placedOn(placement).stream().filter(p -> p.status() == PollStatus.OPEN).toList();
        if (open.isEmpty()) {
            section.setVisible(false);
            return section;
        }
        section.add(new H2(section.getTranslation(headingKey)));
        boolean loggedIn = currentUser.visitor().isPresent();
        for (PollSummary summary : open) {
            try {
                section.add(new PollVoting(polls, polls.view(summary.id()), loggedIn, false, true));
            } catch (NotFoundException e) {
                // Closed or hidden between the list and this read: nothing to vote in.
            }
        }
        return section;
    }
}
