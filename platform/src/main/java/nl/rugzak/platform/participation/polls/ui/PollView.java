package nl.rugzak.platform.participation.polls.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.rugzak.platform.modules.ModulePage;
import nl.rugzak.platform.participation.polls.Poll;
import nl.rugzak.platform.participation.polls.PollPlaces;
import nl.rugzak.platform.participation.polls.Polls;
import nl.rugzak.platform.participation.polls.PollsModule;
import nl.rugzak.platform.residents.CurrentUser;
import nl.rugzak.platform.sharing.ui.ShareButtons;
import nl.rugzak.platform.site.ui.SiteLayout;

/** A poll's own page: the question, voting, the resident's own vote, the results when they may be seen. */
@Route(value = "peilingen/:id", layout = SiteLayout.class)
@AnonymousAllowed
@ModulePage(PollsModule.ID)
public class PollView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final Polls polls;
    private final PollPlaces places;
    private final CurrentUser currentUser;
    private final ShareButtons share;
    private String title;

    public PollView(Polls polls, PollPlaces places, CurrentUser currentUser, ShareButtons share) {
        this.polls = polls;
        this.places = places;
        this.currentUser = currentUser;
        this.share = share;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String raw = event.getRouteParameters().get("id").orElse("");
        if (!raw.matches("\\d{1,18}")) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        Poll poll;
        try {
            poll = polls.view(Long.parseLong(raw));
        } catch (nl.rugzak.platform.content.NotFoundException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        title = poll.question();
        removeAll();
        add(new H1(poll.question()));
        places.publicLink(poll.placement()).ifPresent(place -> add(new Paragraph(
                new com.vaadin.flow.component.html.Span(getTranslation("polls.page.belongs-to") + " "),
                new Anchor(place.link(), place.title()))));
        add(new PollVoting(polls, poll, currentUser.visitor().isPresent(), true, false));
        if (poll.status().isPublic()) {
            add(share.of(poll.question(), poll.link()));
        }
        Anchor all = new Anchor("/peilingen", getTranslation("polls.page.all"));
        add(new Paragraph(all));
    }

    @Override
    public String getPageTitle() {
        return title == null ? getTranslation("polls.list.title") : title;
    }
}
