package nl.rugzak.platform.participation.polls.ui;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.shared.Registration;
import nl.rugzak.platform.content.NotFoundException;
import nl.rugzak.platform.participation.polls.Poll;
import nl.rugzak.platform.participation.polls.Poll.PollOption;
import nl.rugzak.platform.participation.polls.PollResults;
import nl.rugzak.platform.participation.polls.PollStatus;
import nl.rugzak.platform.participation.polls.Polls;
import nl.rugzak.platform.participation.polls.ResultsVisibility;
import nl.rugzak.tenantadmin.time.Dates;
import nl.rugzak.platform.site.ui.Feedback;
import nl.rugzak.platform.site.ui.parts.BarChart;

/**
 * A poll to vote in and its results: on the poll's page, on the home page and on a topic's page. Voting is the
 * browser's own radio group (one choice) or checkboxes (several) in a fieldset, so it works by keyboard alone; the
 * choice travels with the click on "Stem" ({@link Ballot}), and a status message confirms the vote. Results are the
 * shared SVG bar chart with its text alternative and table.
 *
 * <p>While results are live, the component refreshes them every {@link #REFRESH_MS} ms with Vaadin's UI polling:
 * the application does not enable server push (@Push), so polling is the way to update without a reload. Only the
 * results are redrawn, and only when the counts changed, so a resident's half-made choice is never disturbed.
 */
public class PollVoting extends Section {

    static final int REFRESH_MS = 10_000;
    private static final AtomicLong IDS = new AtomicLong();

    private final Polls polls;
    private final boolean loggedIn;
    private final boolean onItsPage;
    private final Div resultsArea = new Div();
    private final Div voteArea = new Div();
    /** The question as a heading in a card; null on the poll's own page, where the view shows it. */
    private final Component title;
    private final Feedback feedback = new Feedback();
    /** The results on show, kept to change their numbers in place; null while there are none. */
    private BarChart chart;
    private Paragraph voters;
    private Poll poll;
    private Registration refresh;

    /**
     * @param onItsPage true on the poll's own page (the view shows the question as H1); false in a card, where the
     *                  question is an H2/H3 linking to the page
     */
    public PollVoting(Polls polls, Poll poll, boolean loggedIn, boolean onItsPage, boolean subHeading) {
        this.polls = polls;
        this.poll = poll;
        this.loggedIn = loggedIn;
        this.onItsPage = onItsPage;
        addClassName("rugzak-poll");
        if (!onItsPage) {
            Anchor link = new Anchor(poll.link(), poll.question());
            title = subHeading ? new H3(link) : new H2(link);
            title.setId("rugzak-poll-title-" + IDS.incrementAndGet());
            add(title);
        } else {
            title = null;
        }
        Div facts = new Div(PollBadges.of(poll.status(), getTranslation(poll.status().key())), new Span(when(poll)));
        facts.addClassName("rugzak-meta");
        add(facts);
        if (!poll.description().isBlank()) {
            add(new Paragraph(poll.description()));
        }
        resultsArea.addClassName("rugzak-poll-results");
        voteArea.addClassName("rugzak-poll-vote");
        add(voteArea, feedback, resultsArea);
        showVoting();
        showResults();
    }

    private String when(Poll p) {
        return switch (p.status()) {
            case DRAFT, SCHEDULED -> getTranslation("polls.page.opens", Dates.moment(p.opensAt(), getLocale()));
            case OPEN -> getTranslation("polls.page.open-until", Dates.moment(p.closesAt(), getLocale()));
            case CLOSED, ARCHIVED -> getTranslation("polls.page.closed");
        };
    }

    private void showVoting() {
        voteArea.removeAll();
        if (poll.voted()) {
            String chosen = String.join(", ", poll.options().stream().filter(o -> poll.myChoices().contains(o.id()))
                    .map(PollOption::label).toList());
            Paragraph mine = new Paragraph(getTranslation("polls.page.your-vote", chosen));
            mine.addClassName("rugzak-poll-mine");
            voteArea.add(mine);
        }
        if (poll.status() == PollStatus.OPEN && !loggedIn) {
            Anchor login = new Anchor("/inloggen", getTranslation("polls.page.log-in-to-vote"));
            login.setRouterIgnore(true);
            login.addClassName("rugzak-button-link");
            voteArea.add(login);
            return;
        }
        if (!poll.acceptsVoteFrom(loggedIn)) {
            if (poll.status() == PollStatus.OPEN && poll.voted()) {
                voteArea.add(new Paragraph(getTranslation("polls.page.vote-final")));
            }
            return;
        }
        Button vote = new Button(getTranslation(poll.voted() ? "polls.page.change-vote" : "polls.page.vote"));
        vote.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        String legend = poll.multiple() ? getTranslation("polls.page.choose-many", poll.maxChoices())
                : getTranslation("polls.page.choose-one");
        Ballot ballot = new Ballot(legend, poll.options(), poll.multiple(), Set.copyOf(poll.myChoices()));
        if (title != null) {
            // In a card the heading above asks the question: the group is named by it and the legend, not by a copy.
            String legendId = "rugzak-poll-legend-" + IDS.incrementAndGet();
            ballot.getLegend().setId(legendId);
            ballot.getElement().setAttribute("aria-labelledby", title.getId().orElseThrow() + " " + legendId);
        }
        vote.getElement().addEventListener("click", click -> cast(Ballot.chosen(click))).addEventData(Ballot.CHOSEN);
        ballot.getElement().addEventListener("keydown", enter -> cast(Ballot.chosen(enter)))
                .setFilter("event.key === 'Enter'").addEventData(Ballot.CHOSEN);
        voteArea.add(ballot, vote);
    }

    private void cast(List<Long> choices) {
        boolean changing = poll.voted();
        Poll[] after = new Poll[1];
        boolean done = feedback.attempt(() -> after[0] = polls.vote(poll.id(), choices),
                getTranslation(changing ? "polls.page.vote-changed" : "polls.page.vote-thanks"));
        if (done) {
            // The vote's own answer is the poll as the voter now sees it: no second read.
            poll = after[0];
            showVoting();
            showResults();
            getUI().ifPresent(this::followLiveResults);
        }
    }

    private void reload() {
        try {
            poll = polls.view(poll.id());
        } catch (NotFoundException e) {
            setVisible(false);
        }
    }

    private void showResults() {
        Optional<PollResults> results = poll.results();
        if (results.isPresent() && chart != null) {
            // The same results in new numbers (a vote, a live refresh): changed in place, not drawn anew.
            PollResults r = results.get();
            if (chart.update(bars(r))) {
                voters.setText(votersText(r));
                return;
            }
        }
        resultsArea.removeAll();
        chart = null;
        voters = null;
        if (results.isEmpty()) {
            if (poll.status().isPublic()) {
                resultsArea.add(new Paragraph(getTranslation(hiddenReason())));
            }
            return;
        }
        PollResults r = results.get();
        String heading = getTranslation("polls.page.results");
        resultsArea.add(onItsPage ? new H2(heading) : new H3(heading));
        chart = new BarChart(heading, getTranslation("polls.page.option"), getTranslation("polls.page.votes"), bars(r));
        voters = new Paragraph(votersText(r));
        voters.addClassName("rugzak-meta");
        resultsArea.add(chart, voters);
        if (poll.multiple()) {
            resultsArea.add(new Paragraph(getTranslation("polls.page.multiple-note")));
        }
    }

    private static List<BarChart.Bar> bars(PollResults results) {
        return results.options().stream().map(o -> new BarChart.Bar(o.label(), o.votes())).toList();
    }

    private String votersText(PollResults results) {
        return getTranslation(results.voters() == 1 ? "polls.page.voters.one" : "polls.page.voters.other",
                results.voters());
    }

    private String hiddenReason() {
        if (poll.status() == PollStatus.SCHEDULED) {
            return "polls.page.results-after-opening";
        }
        return poll.resultsVisibility() == ResultsVisibility.AFTER_VOTING ? "polls.page.results-after-voting"
                : "polls.page.results-after-closing";
    }

    /** Whether the counts on show can change while someone looks: open, and visible now. */
    private boolean live() {
        return poll.status() == PollStatus.OPEN && poll.results().isPresent();
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        followLiveResults(attach.getUI());
    }

    /** Starts polling when the results on show are live; a page with hidden or final results does not poll. */
    private void followLiveResults(UI ui) {
        if (live() && refresh == null) {
            ui.setPollInterval(REFRESH_MS);
            refresh = ui.addPollListener(event -> refreshResults());
        }
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        if (refresh != null) {
            refresh.remove();
            refresh = null;
        }
        detach.getUI().setPollInterval(-1);
    }

    /** Redraws the results when their numbers changed; stops polling once they cannot change any more. */
    void refreshResults() {
        if (poll.status() != PollStatus.OPEN) {
            return;
        }
        Poll before = poll;
        reload();
        if (!poll.results().equals(before.results()) || poll.status() != before.status()) {
            showResults();
            if (poll.status() != before.status()) {
                showVoting();
            }
        }
        if (poll.status() != PollStatus.OPEN && refresh != null) {
            refresh.remove();
            refresh = null;
        }
    }
}
