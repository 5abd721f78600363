package nl.rugzak.platform.participation.updates.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import nl.rugzak.platform.content.SafeMarkdown;
import nl.rugzak.platform.modules.EnabledModules;
import nl.rugzak.platform.residents.CurrentUser;
import nl.rugzak.platform.site.ui.Feedback;
import nl.rugzak.platform.participation.topics.TopicPageSection;
import nl.rugzak.platform.participation.updates.Following;
import nl.rugzak.platform.participation.updates.UpdateTarget;
import nl.rugzak.platform.participation.updates.Updates;
import nl.rugzak.platform.participation.updates.UpdatesModule;


/** On a topic's page: its news, following it, and (for editors) writing about it. */
@org.springframework.stereotype.Component
class TopicUpdatesSection implements TopicPageSection {

    private final Updates updates;
    private final Following following;
    private final EnabledModules modules;
    private final CurrentUser currentUser;
    private final SafeMarkdown markdown;

    TopicUpdatesSection(Updates updates, Following following, EnabledModules modules, CurrentUser currentUser,
                        SafeMarkdown markdown) {
        this.updates = updates;
        this.following = following;
        this.modules = modules;
        this.currentUser = currentUser;
        this.markdown = markdown;
    }

    @Override
    public Component create(long topicId) {
        Section section = new Section();
        if (!modules.isEnabled(UpdatesModule.ID)) {
            section.setVisible(false);
            return section;
        }
        section.addClassName("rugzak-updates");
        section.add(new H2(section.getTranslation("updates.topic.heading")));
        UpdateTarget target = UpdateTarget.topic(topicId);
        Div actions = new Div();
        Feedback feedback = new Feedback();
        if (currentUser.visitor().isPresent()) {
            actions.add(followButton(topicId, feedback));
        }
        if (updates.mayPostOn(target)) {
            Anchor write = new Anchor("/nieuws/schrijven?thema=" + topicId, section.getTranslation("updates.topic.write"));
            write.addClassName("rugzak-button-link");
            actions.add(write);
        }
        Anchor feed = new Anchor("/feeds/thema/" + topicId + ".atom", section.getTranslation("updates.feed.link"));
        feed.setRouterIgnore(true);
        actions.add(feed);
        section.add(actions, feedback, UpdateList.of(updates.published(target, 10), markdown,
                section.getTranslation("updates.topic.none")));
        return section;
    }

    private Button followButton(long topicId, Feedback feedback) {
        Button button = new Button();
        boolean[] follows = {following.followsTopic(topicId)};
        button.setText(button.getTranslation(follows[0] ? "updates.topic.unfollow" : "updates.topic.follow"));
        button.addClickListener(click -> {
            boolean next = !follows[0];
            if (feedback.attempt(() -> following.followTopic(topicId, next),
                    button.getTranslation(next ? "updates.topic.followed" : "updates.topic.unfollowed"))) {
                follows[0] = next;
                button.setText(button.getTranslation(next ? "updates.topic.unfollow" : "updates.topic.follow"));
            }
        });
        return button;
    }
}
