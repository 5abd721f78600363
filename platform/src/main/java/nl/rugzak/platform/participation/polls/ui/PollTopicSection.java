package nl.rugzak.platform.participation.polls.ui;

import com.vaadin.flow.component.Component;
import nl.rugzak.platform.participation.polls.Placement;
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
        return OpenPollsSection.of(polls, currentUser, Placement.topic(topicId), "polls.topic.heading");
    }
}
