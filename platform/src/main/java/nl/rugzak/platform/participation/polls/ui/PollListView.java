package nl.rugzak.platform.participation.polls.ui;

import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.rugzak.platform.modules.ModulePage;
import nl.rugzak.platform.participation.polls.PollStatus;
import nl.rugzak.platform.participation.polls.PollSummary;
import nl.rugzak.platform.participation.polls.Polls;
import nl.rugzak.platform.participation.polls.PollsModule;
import nl.rugzak.platform.participation.polls.Surveys;
import nl.rugzak.tenantadmin.time.Dates;
import nl.rugzak.platform.site.ui.SiteLayout;
import nl.rugzak.platform.site.ui.parts.Card;
import nl.rugzak.platform.site.ui.parts.CardList;
import nl.rugzak.platform.site.ui.parts.EmptyState;

/** All public polls: open ones first, then upcoming and closed; and the open surveys. Counts are on the poll's page. */
@Route(value = "peilingen", layout = SiteLayout.class)
@AnonymousAllowed
@ModulePage(PollsModule.ID)
public class PollListView extends Div implements HasDynamicTitle {

    public PollListView(Polls polls, Surveys surveys) {
        add(new H1(getTranslation("polls.list.title")), new Paragraph(getTranslation("polls.list.intro")));
        List<PollSummary> all = polls.published();
        section("polls.list.open", all.stream().filter(p -> p.status() == PollStatus.OPEN).toList(),
                "polls.list.none-open");
        section("polls.list.upcoming", all.stream().filter(p -> p.status() == PollStatus.SCHEDULED).toList(), null);
        section("polls.list.closed", all.stream().filter(p -> p.status() == PollStatus.CLOSED).toList(), null);
        var open = surveys.open();
        if (!open.isEmpty()) {
            add(new Section(new H2(getTranslation("polls.list.surveys")), new CardList(open.stream()
                    .map(s -> new Card(Card.Level.H3, s.title(), s.link())
                            .meta(getTranslation("polls.page.open-until", Dates.moment(s.closesAt(), getLocale()))))
                    .toList())));
        }
    }

    private void section(String headingKey, List<PollSummary> polls, String emptyKey) {
        if (polls.isEmpty() && emptyKey == null) {
            return;
        }
        Section section = new Section(new H2(getTranslation(headingKey)));
        if (polls.isEmpty()) {
            section.add(new EmptyState(getTranslation(emptyKey)));
        } else {
            section.add(new CardList(polls.stream().map(this::card).toList()));
        }
        add(section);
    }

    private Card card(PollSummary poll) {
        String when = switch (poll.status()) {
            case SCHEDULED -> getTranslation("polls.page.opens", Dates.moment(poll.opensAt(), getLocale()));
            case OPEN -> getTranslation("polls.page.open-until", Dates.moment(poll.closesAt(), getLocale()));
            default -> getTranslation("polls.list.closed-on", Dates.day(poll.closesAt(), getLocale()));
        };
        return new Card(Card.Level.H3, poll.question(), poll.link())
                .status(PollBadges.of(poll.status(), getTranslation(poll.status().key())))
                .meta(when)
                .summary(poll.description());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("polls.list.title");
    }
}
