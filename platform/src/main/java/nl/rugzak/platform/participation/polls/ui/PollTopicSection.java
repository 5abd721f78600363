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
import nl.rugzak.platform.participation.topics.TopicPageSection;
import nl.rugzak.platform.residents.CurrentUser;

/** On a topic's page: its open polls, to vote in right there (closed ones are listed among the contributions). */
@org.springframework.stereotype.Component
class PollTopicSection implements TopicPageSection {

    private final Polls polls;
    private final CurrentUser currentUser;

    PollTopicSection(Polls polls, CurrentUser currentUser) {
        this.polls = polls;
        this.currentUser = currentUser;
    }

    @Override
    public Component create(long topicId) {
        Section section = new Section();
        List<PollSummary> open = polls.placedOn(Placement.topic(topicId)).stream()
                .filter(p -> p.status() == PollStatus.OPEN).toList();
        if (open.isEmpty()) {
            section.setVisible(false);
            return section;
        }
        section.add(new H2(section.getTranslation("polls.topic.heading")));
        boolean loggedIn = currentUser.visitor().isPresent();
        for (PollSummary summary : open) {
            try {
                section.add(new PollVoting(polls, polls.view(summary.id()), loggedIn, false, true));
            } catch (NotFoundException e) {
                continue;
            }
        }
        return section;
    }
}
