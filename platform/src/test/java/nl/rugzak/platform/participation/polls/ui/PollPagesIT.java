package nl.rugzak.platform.participation.polls.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.NativeTable;
import nl.rugzak.platform.participation.polls.Placement;
import nl.rugzak.platform.participation.polls.Poll;
import nl.rugzak.platform.participation.polls.PollDraft;
import nl.rugzak.platform.participation.polls.PollDraft.OptionDraft;
import nl.rugzak.platform.participation.polls.PollStatus;
import nl.rugzak.platform.participation.polls.Polls;
import nl.rugzak.platform.participation.polls.ResultsVisibility;
import nl.rugzak.platform.participation.polls.Survey;
import nl.rugzak.platform.participation.polls.SurveyDraft;
import nl.rugzak.platform.participation.polls.Surveys;
import nl.rugzak.platform.site.ui.Feedback;
import nl.rugzak.platform.site.ui.parts.BarChart;
import nl.rugzak.platform.support.BrowserlessUi;
import nl.rugzak.platform.support.DemoUsers;
import nl.rugzak.platform.support.IntegrationTest;
import nl.rugzak.platform.support.MovableClock;
import nl.rugzak.platform.support.SiteUi;
import org.junit.jupiter.api.BeforeEach;
import nl.rugzak.platform.participation.updates.UpdateDraft;
import nl.rugzak.platform.participation.updates.UpdateTarget;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The poll pages driven as a resident and an editor would, without a browser. */
class PollPagesIT extends IntegrationTest {

    @Autowired
    ApplicationContext application;
    @Autowired
    Polls polls;
    @Autowired
    Surveys surveys;
    @Autowired
    nl.rugzak.platform.participation.updates.Updates updates;
    @Autowired
    MovableClock clock;
    @Autowired
    DemoUsers users;
    SiteUi site;

    @BeforeEach
    void identity() {
        awaitIdentity();
        site = new SiteUi(application);
        users.ensureResident("voorbeeld", "kiezer");
        users.ensureResident("voorbeeld", "tweedekiezer");
    }

    long open(String question, ResultsVisibility visibility, String... options) {
        Instant now = clock.instant();
        return users.as("voorbeeld", "redacteur", () -> {
            long id = polls.create(new PollDraft(question, "", List.of(options).stream().map(OptionDraft::of).toList(),
                    false, 1, now.minusSeconds(60), now.plus(Duration.ofDays(3)), Placement.SITE, false, visibility));
            polls.schedule(id);
            return id;
        });
    }

    @Test
    void aResidentVotesSeesTheConfirmationTheirVoteAndLiveResultsThatRefresh() {
        long id = open("Welke naam krijgt de nieuwe brug?", ResultsVisibility.LIVE, "Zwaanbrug", "Molenbrug");
        long otherPoll = open("Welke kleur krijgt de brug?", ResultsVisibility.LIVE, "Rood", "Blauw");
        site.visit("voorbeeld", "kiezer", () -> {
            UI.getCurrent().navigate("peilingen/" + id);
            PollVoting voting = _get(PollVoting.class);
            Ballot ballot = _get(voting, Ballot.class);
            assertThat(ballot.getLegendText()).isEqualTo("Kies één antwoord");
            List<Poll.PollOption> options = polls.view(id).options();
            Poll other = polls.view(otherPoll);
            // Live results are there before voting; with no votes yet the chart says so in one sentence.
            assertThat(BrowserlessUi.text(_get(voting, BarChart.class))).contains("Nog niemand heeft gekozen.");
            assertThat(UI.getCurrent().getPollInterval()).isEqualTo(PollVoting.REFRESH_MS);

            // The click carries the choice from the browser: nothing, junk or another poll's option counts nothing.
            Ballots.send(voting, "Stem", "");
            assertThat(_get(voting, Feedback.class).getText()).isEqualTo("Kies eerst een antwoord.");
            Ballots.send(voting, "Stem", "1,2;DROP TABLE poll_vote");
            assertThat(_get(voting, Feedback.class).getText()).isEqualTo("Kies eerst een antwoord.");
            Ballots.vote(voting, "Stem", other.options().getFirst().id());
            assertThat(_get(voting, Feedback.class).getText()).isEqualTo("Dit antwoord hoort niet bij deze vraag.");
            assertThat(polls.view(id).voted()).isFalse();
            assertThat(polls.view(otherPoll).voted()).isFalse();

            Ballots.vote(voting, "Stem", options.get(1).id());
            assertThat(_get(voting, Feedback.class).getText()).isEqualTo("Bedankt! Uw stem is geteld.");
            assertThat(BrowserlessUi.text(voting)).contains("Uw stem: Molenbrug").contains("1 persoon heeft gestemd.");
            NativeTable table = _get(voting, NativeTable.class);
            assertThat(BrowserlessUi.text(table)).contains("Molenbrug").contains("100%");

            // Someone else votes meanwhile; the next poll of the page shows it without a reload.
            users.run("voorbeeld", "tweedekiezer", () -> polls.vote(id,
                    List.of(polls.view(id).options().getFirst().id())));
            voting.refreshResults();
            assertThat(BrowserlessUi.text(_get(voting, NativeTable.class))).contains("50%");
            assertThat(BrowserlessUi.text(voting)).contains("2 mensen hebben gestemd.");
        });
    }

    @Test
    void hiddenResultsAreNotOnThePageForTheVoterNorForStaff() {
        long id = open("Waar komt het nieuwe bankje?", ResultsVisibility.AFTER_CLOSING, "Bij de kerk", "Bij de school");
        long kerk = users.as("voorbeeld", "kiezer", () -> polls.view(id)).options().getFirst().id();
        users.run("voorbeeld", "kiezer", () -> polls.vote(id, List.of(kerk)));
        for (String who : new String[] {"kiezer", "redacteur", null}) {
            site.visit("voorbeeld", who, () -> {
                UI.getCurrent().navigate("peilingen/" + id);
                PollVoting voting = _get(PollVoting.class);
                assertThat(_find(voting, BarChart.class)).isEmpty();
                assertThat(_find(voting, NativeTable.class)).isEmpty();
                assertThat(BrowserlessUi.text(voting)).contains("De uitslag is te zien als de peiling gesloten is.")
                        .doesNotContain("%");
            });
        }
        site.visit("voorbeeld", "redacteur", () -> {
            UI.getCurrent().navigate("beheer/peilingen/" + id);
            assertThat(BrowserlessUi.text(_get(PollEditorView.class))).contains("De uitslag is nog niet openbaar.")
                    .doesNotContain("Download de uitslag");
        });
    }

    @Test
    void anEditorWritesAndSchedulesAPoll() {
        AtomicLong id = new AtomicLong();
        site.visit("voorbeeld", "redacteur", () -> {
            UI.getCurrent().navigate("beheer/peilingen/nieuw");
            PollEditorView editor = _get(PollEditorView.class);
            _click(editor.save);
            assertThat(editor.question.isInvalid()).isTrue();
            assertThat(editor.question.getErrorMessage()).isEqualTo("Schrijf de vraag van de peiling.");

            _setValue(editor.question, "Welke markt wilt u op zaterdag?");
            _setValue(editor.options.get(0), "Boerenmarkt");
            _setValue(editor.options.get(1), "Rommelmarkt");
            _setValue(editor.visibility, ResultsVisibility.LIVE);
            _click(editor.save);

            PollEditorView saved = _get(PollEditorView.class);
            assertThat(saved.question.getValue()).isEqualTo("Welke markt wilt u op zaterdag?");
            _click(_get(saved, Button.class, spec -> spec.withText("Plannen (publiceren)")));
            assertThat(saved.feedback.getText()).contains("gepland");
            id.set(Long.parseLong(UI.getCurrent().getActiveViewLocation().getSegments().getLast()));
        });
        assertThat(users.as("voorbeeld", "kiezer", () -> polls.view(id.get())).status()).isEqualTo(PollStatus.SCHEDULED);
    }

    @Test
    void theHomePageHasTheOpenPollToVoteIn() {
        open("Mag het buurtfeest tot middernacht duren?", ResultsVisibility.AFTER_VOTING, "Ja", "Nee");
        site.visit("voorbeeld", "kiezer", () -> {
            UI.getCurrent().navigate("");
            assertThat(_find(PollVoting.class)).isNotEmpty();
        });
    }

    @Test
    void aPollPlacedOnANewsItemIsVotedInBelowItsText() {
        long news = users.as("voorbeeld", "redacteur", () -> updates.post(new UpdateDraft(UpdateTarget.SITE,
                "Het nieuwe park krijgt een naam", "Help mee kiezen.", UpdateDraft.Publication.NOW, null, null, null)));
        Instant now = clock.instant();
        long poll = users.as("voorbeeld", "redacteur", () -> {
            long id = polls.create(new PollDraft("Welke naam krijgt het nieuwe park?", "", List.of(OptionDraft.of("Wilgenpark"),
                    OptionDraft.of("Reigerpark")), false, 1, now.minusSeconds(60), now.plus(Duration.ofDays(3)),
                    Placement.update(news), false, ResultsVisibility.AFTER_VOTING));
            polls.schedule(id);
            return id;
        });
        site.visit("voorbeeld", "kiezer", () -> {
            UI.getCurrent().navigate("nieuws/" + news);
            PollVoting voting = _get(PollVoting.class);
            assertThat(BrowserlessUi.text(voting)).contains("Welke naam krijgt het nieuwe park?");
            // Enter in the group votes as the button does.
            Ballots.enter(voting, polls.view(poll).options().get(1).id());
            assertThat(_get(voting, Feedback.class).getText()).isEqualTo("Bedankt! Uw stem is geteld.");
        });
        assertThat(users.as("voorbeeld", "kiezer", () -> polls.view(poll)).myChoices()).hasSize(1);
        // Another news item has no poll section at all.
        long other = users.as("voorbeeld", "redacteur", () -> updates.post(new UpdateDraft(UpdateTarget.SITE,
                "Werk aan de Dorpsstraat", "Van maandag tot vrijdag.", UpdateDraft.Publication.NOW, null, null, null)));
        site.visit("voorbeeld", "kiezer", () -> {
            UI.getCurrent().navigate("nieuws/" + other);
            assertThat(_find(PollVoting.class)).isEmpty();
        });
    }

    @Test
    void anEditorChangesADraftSurveysTextsAndQuestionsBeforePublishing() {
        String first = "Enquête Lindepark " + System.nanoTime();
        site.visit("voorbeeld", "redacteur", () -> {
            UI.getCurrent().navigate("beheer/vragenlijsten");
            SurveyAdminView admin = _get(SurveyAdminView.class);
            _setValue(admin.title, first);
            for (String question : List.of("Hoe vaak komt u in het park?", "Wat mist u?", "Hoe veilig voelt u zich?")) {
                _setValue(admin.kind, SurveyDraft.Kind.LONG_TEXT);
                _setValue(admin.questionText, question);
                _click(_get(admin, Button.class, spec -> spec.withText("Vraag toevoegen")));
            }
            _click(_get(admin, Button.class, spec -> spec.withText("Vragenlijst opslaan als concept")));
            assertThat(admin.feedback.getText()).isEqualTo("De vragenlijst is opgeslagen als concept.");

            // Change it: a better title, the second question first, the third one gone.
            _click(_get(admin, Button.class, spec -> spec.withAttribute("aria-label", "Concept wijzigen: " + first)));
            assertThat(admin.title.getValue()).isEqualTo(first);
            _setValue(admin.title, first + " (nieuw)");
            _click(_get(admin, Button.class, spec -> spec.withAttribute("aria-label", "Vraag omhoog: Wat mist u?")));
            _click(_get(admin, Button.class, spec -> spec.withAttribute("aria-label", "Vraag weghalen: Hoe veilig voelt u zich?")));
            _click(_get(admin, Button.class, spec -> spec.withText("Vragenlijst opslaan als concept")));
            assertThat(admin.feedback.getText()).isEqualTo("De vragenlijst is opgeslagen als concept.");
        });
        Surveys.SurveySummary saved = users.as("voorbeeld", "redacteur", () -> surveys.forStaff()).stream()
                .filter(s -> s.title().equals(first + " (nieuw)")).findFirst().orElseThrow();
        assertThat(users.as("voorbeeld", "redacteur", () -> surveys.view(saved.id())).questions())
                .extracting(Survey.Question::text).containsExactly("Wat mist u?", "Hoe vaak komt u in het park?");
        // Only one survey was made: changing did not add a second.
        assertThat(users.as("voorbeeld", "redacteur", () -> surveys.forStaff()).stream()
                .filter(s -> s.title().startsWith(first))).hasSize(1);
    }
}
