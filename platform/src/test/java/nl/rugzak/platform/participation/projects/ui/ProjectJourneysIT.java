package nl.rugzak.platform.participation.projects.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import nl.rugzak.platform.participation.ideas.IdeaCategory;
import nl.rugzak.platform.participation.ideas.IdeaStatus;
import nl.rugzak.platform.participation.ideas.Ideas;
import nl.rugzak.platform.participation.ideas.ui.IdeaListView;
import nl.rugzak.platform.participation.ideas.ui.IdeaView;
import nl.rugzak.platform.participation.projects.PhaseDraft;
import nl.rugzak.platform.participation.projects.ProjectDraft;
import nl.rugzak.platform.participation.projects.Projects;
import nl.rugzak.platform.participation.updates.ui.UpdateFormView;
import nl.rugzak.platform.site.ui.parts.PhaseTimeline;
import nl.rugzak.platform.support.DemoUsers;
import nl.rugzak.platform.support.IntegrationTest;
import nl.rugzak.platform.support.MovableClock;
import nl.rugzak.platform.support.SiteUi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The project and idea pages driven as staff, a resident and a visitor would, without a browser. */
class ProjectJourneysIT extends IntegrationTest {

    @Autowired
    ApplicationContext application;
    @Autowired
    MovableClock clock;
    @Autowired
    Projects projects;
    @Autowired
    Ideas ideas;
    @Autowired
    DemoUsers users;

    SiteUi site;

    @BeforeEach
    void identity() {
        awaitIdentity();
        clock.advance(Duration.ofDays(1));
        site = new SiteUi(application);
        users.ensureResident("voorbeeld", "wandelaar");
    }

    LocalDate today() {
        return LocalDate.now((Clock) clock);
    }

    @Test
    void staffBuildAProjectResidentsShareAndSupportIdeasInItsCurrentPhase() {
        AtomicLong project = new AtomicLong();
        site.visit("voorbeeld", "redacteur", () -> {
            UI.getCurrent().navigate("beheer/projecten");
            ProjectAdminView admin = _get(ProjectAdminView.class);
            _setValue(admin.title, "Nieuwe speeltuin Zuid");
            _setValue(admin.summary, "Samen ontwerpen we de speeltuin.");
            _click(_get(Button.class, spec -> spec.withText("Project maken")));
            ProjectEditView edit = _get(ProjectEditView.class);
            project.set(edit.project.id());
        });
        // Phases and idea rules through the services (the edit page's forms call the same methods).
        long ideasPhase = users.as("voorbeeld", "redacteur", () -> {
            projects.addPhase(project.get(), new PhaseDraft("Informeren", today().minusDays(10), today().minusDays(1), "Lees mee", false));
            long phase = projects.addPhase(project.get(), new PhaseDraft("Ideeën", today(), today().plusDays(10), "Deel uw idee", false));
            projects.addPhase(project.get(), new PhaseDraft("Uitvoeren", today().plusDays(11), today().plusDays(60), "Volg de bouw", false));
            ideas.collectIn(phase, 1, null);
            return phase;
        });
        site.visit("voorbeeld", "redacteur", () -> {
            UI.getCurrent().navigate("beheer/projecten/" + project.get());
            _click(_get(Button.class, spec -> spec.withText("Project publiceren")));
            assertThat(_get(ProjectEditView.class).feedback.getText()).isEqualTo("Het project is gepubliceerd.");
        });

        site.visit("voorbeeld", null, () -> {
            UI.getCurrent().navigate("projecten/" + project.get());
            assertThat(_get(H1.class).getText()).isEqualTo("Nieuwe speeltuin Zuid");
            PhaseTimeline timeline = _get(PhaseTimeline.class);
            assertThat(timeline.current()).isEqualTo(1);
            assertThat(_get(ProjectView.class).getElement().getOuterHTML()).contains("Deel uw idee", "Wat kunt u nu doen?");
        });

        AtomicLong idea = new AtomicLong();
        site.visit("voorbeeld", "wandelaar", () -> {
            UI.getCurrent().navigate("projecten/" + project.get() + "/ideeen");
            IdeaListView list = _get(IdeaListView.class);
            assertThat(list.phase().phaseId()).isEqualTo(ideasPhase);
            _click(_get(Button.class, spec -> spec.withText("Idee delen")));
            assertThat(_get(TextField.class, spec -> spec.withLabel("Titel van uw idee")).getErrorMessage())
                    .isEqualTo("Geef uw idee een titel.");
            _setValue(_get(TextField.class, spec -> spec.withLabel("Titel van uw idee")), "Een klimrek voor grote kinderen");
            _setValue(_get(TextArea.class, spec -> spec.withLabel("Uw idee")), "Voor kinderen van 8 tot 12 jaar.");
            @SuppressWarnings("unchecked")
            Select<IdeaCategory> category = _get(Select.class, spec -> spec.withLabel("Waar gaat uw idee over?"));
            _setValue(category, IdeaCategory.PLAY);
            _click(_get(Button.class, spec -> spec.withText("Idee delen")));
            IdeaView page = _get(IdeaView.class);
            idea.set(page.idea().id());
            _click(_get(Button.class, spec -> spec.withText("Steun dit idee")));
            assertThat(_get(IdeaView.class).idea().supports()).isEqualTo(1);
            assertThat(_find(Button.class, spec -> spec.withText("Steun intrekken"))).hasSize(1);
        });

        site.visit("voorbeeld", "redacteur", () -> {
            UI.getCurrent().navigate("projecten/" + project.get() + "/ideeen/" + idea.get());
            @SuppressWarnings("unchecked")
            Select<IdeaStatus> status = _get(Select.class, spec -> spec.withLabel("Besluit"));
            _setValue(status, IdeaStatus.SELECTED);
            _click(_get(Button.class, spec -> spec.withText("Besluit opslaan")));
            assertThat(_get(TextArea.class, spec -> spec.withLabel("Reden (bewoners lezen dit)")).getErrorMessage())
                    .isEqualTo("Schrijf waarom. Bewoners lezen deze reden.");
            _setValue(_get(TextArea.class, spec -> spec.withLabel("Reden (bewoners lezen dit)")), "Past goed in het ontwerp.");
            _click(_get(Button.class, spec -> spec.withText("Besluit opslaan")));
            assertThat(_get(IdeaView.class).idea().status()).isEqualTo(IdeaStatus.SELECTED);
        });

        clock.advance(Duration.ofDays(11)); // the ideas phase is over
        site.visit("voorbeeld", "wandelaar", () -> {
            UI.getCurrent().navigate("projecten/" + project.get() + "/ideeen/" + idea.get());
            assertThat(_find(Button.class, spec -> spec.withText("Steun intrekken"))).isEmpty();
            UI.getCurrent().navigate("projecten/" + project.get());
            assertThat(_get(PhaseTimeline.class).current()).isEqualTo(2);
            assertThat(_get(ProjectView.class).getElement().getOuterHTML()).contains("Eerdere fasen", "Volg de bouw");
        });
    }

    @Test
    void aResidentFollowsAProjectWithTheButtonAndStaffWriteItsNewsFromItsPage() {
        long project = users.as("voorbeeld", "redacteur", () -> {
            long id = projects.create(new ProjectDraft("Fietspad Noord", "Een veilig fietspad.", "", "", "", List.of()));
            projects.addPhase(id, new PhaseDraft("Ontwerpen", today(), today().plusDays(20), "Denk mee", false));
            projects.publish(id);
            return id;
        });
        site.visit("voorbeeld", null, () -> {
            UI.getCurrent().navigate("projecten/" + project);
            assertThat(_find(Button.class, spec -> spec.withText("Volgen"))).as("only for logged-in residents").isEmpty();
            assertThat(_get(ProjectView.class).getElement().getOuterHTML()).contains("Nieuws over dit project",
                    "Nog geen nieuws over dit project.").doesNotContain("Schrijf nieuws over dit project");
        });
        site.visit("voorbeeld", "wandelaar", () -> {
            UI.getCurrent().navigate("projecten/" + project);
            _click(_get(Button.class, spec -> spec.withText("Volgen")));
            assertThat(_get(ProjectView.class).feedback.getText()).startsWith("U volgt dit project.");
            assertThat(_find(Button.class, spec -> spec.withText("Niet meer volgen"))).hasSize(1);
        });
        site.visit("voorbeeld", "redacteur", () -> {
            UI.getCurrent().navigate("projecten/" + project);
            assertThat(_get(ProjectView.class).getElement().getOuterHTML()).contains("/nieuws/schrijven?project=" + project);
            UI.getCurrent().navigate("nieuws/schrijven", com.vaadin.flow.router.QueryParameters.of("project", String.valueOf(project)));
            UpdateFormView form = _get(UpdateFormView.class);
            assertThat(_get(H1.class).getText()).contains("Fietspad Noord");
            _setValue(_get(form, TextField.class, spec -> spec.withLabel("Titel")), "Aannemer gekozen");
            _setValue(_get(form, TextArea.class, spec -> spec.withLabel("Tekst")), "De bouw begint in mei.");
            _click(_get(form, Button.class, spec -> spec.withText("Opslaan")));
        });
        site.visit("voorbeeld", "wandelaar", () -> {
            UI.getCurrent().navigate("projecten/" + project);
            assertThat(_get(ProjectView.class).getElement().getOuterHTML()).contains("Aannemer gekozen");
            _click(_get(Button.class, spec -> spec.withText("Niet meer volgen")));
            assertThat(_get(ProjectView.class).feedback.getText()).isEqualTo("U volgt dit project niet meer.");
        });
    }

    @Test
    void aVisitorNeverSeesADraftProject() {
        long draft = users.as("voorbeeld", "redacteur", () -> projects.create(new ProjectDraft("Geheim plan",
                "Nog niet klaar.", "", "", "", List.of())));
        site.visit("voorbeeld", null, () -> {
            assertThatThrownBy(() -> UI.getCurrent().navigate("projecten/" + draft))
                    .isInstanceOf(com.github.mvysny.kaributesting.v10.NotFoundError.class);
            UI.getCurrent().navigate("projecten");
            assertThat(_get(ProjectListView.class).getElement().getOuterHTML()).doesNotContain("Geheim plan");
        });
    }
}
