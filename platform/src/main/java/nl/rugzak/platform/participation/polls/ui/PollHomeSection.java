package nl.rugzak.platform.participation.polls.ui;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import nl.rugzak.platform.content.NotFoundException;
import nl.rugzak.platform.participation.polls.Poll;
import nl.rugzak.platform.participation.polls.PollSummary;
import nl.rugzak.platform.participation.polls.Polls;
import nl.rugzak.platform.participation.polls.PollsModule;
import nl.rugzak.platform.residents.CurrentUser;
import nl.rugzak.platform.site.ui.HomeSection;

/** On the home page: the open polls (at most two), to vote in right there. Nothing when none is open. */
@org.springframework.stereotype.Component
class PollHomeSection implements HomeSection {

    static final int SHOWN = 2;

    private final Polls polls;
    private final CurrentUser currentUser;

    PollHomeSection(Polls polls, CurrentUser currentUser) {
        this.polls = polls;
        this.currentUser = currentUser;
    }

    @Override
    public String module() {
        return PollsModule.ID;
    }

    @Override
    public Optional<Component> create() {
        List<PollSummary> open = polls.open(SHOWN);
        if (open.isEmpty()) {
            return Optional.empty();
        }
        Section section = new Section();
        section.addClassName("rugzak-home-polls");
        section.add(new H2(section.getTranslation("polls.home.heading")));
        boolean loggedIn = currentUser.visitor().isPresent();
        for (PollSummary summary : open) {
            try {
                Poll poll = polls.view(summary.id());
                section.add(new PollVoting(polls, poll, loggedIn, false, true));
            } catch (NotFoundException e) {
                // Closed or switched off between the two reads: simply not shown.
                continue;
            }
        }
        section.add(new Paragraph(new Anchor("/peilingen", section.getTranslation("polls.home.all"))));
        return Optional.of(section);
    }
}
