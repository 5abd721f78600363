package nl.rugzak.platform.participation.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import nl.rugzak.platform.content.NotFoundException;
import nl.rugzak.platform.support.DemoUsers;
import nl.rugzak.platform.support.IntegrationTest;
import nl.rugzak.platform.support.MovableClock;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import nl.rugzak.tenantadmin.tenancy.TenantId;
import nl.rugzak.tenantadmin.text.UserFacingException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** Projects and their phases through the services, as real users of the demo municipalities' realms. */
class ProjectsIT extends IntegrationTest {

    @Autowired
    MovableClock clock;
    @Autowired
    Projects projects;
    @Autowired
    ProjectPhases phases;
    @Autowired
    LocalResidents localResidents;
    @Autowired
    ProjectsPersonalData personalData;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DemoUsers users;

    @BeforeEach
    void realms() {
        awaitIdentity();
        clock.advance(Duration.ofDays(1));
        for (String realm : List.of("voorbeeld", "oosterhaven")) {
            users.ensureResident(realm, "buur");
        }
    }

    LocalDate today() {
        return LocalDate.now((Clock) clock);
    }

    static ProjectDraft draft(String title) {
        return new ProjectDraft(title, "Een korte samenvatting.", "Een **beschrijving**.", "Centrum",
                "Team Plein, plein@example.org", List.of());
    }

    /** A published project with three phases: past, current (today) and next. */
    long running(String realm, String title) {
        return users.as(realm, "redacteur", () -> {
            long id = projects.create(draft(title));
            projects.addPhase(id, new PhaseDraft("Informeren", today().minusDays(20), today().minusDays(1), "Lezen", false));
            projects.addPhase(id, new PhaseDraft("Ideeën", today(), today().plusDays(9), "Deel uw idee", false));
            projects.addPhase(id, new PhaseDraft("Kiezen", today().plusDays(10), today().plusDays(30), "Kies", false));
            projects.publish(id);
            return id;
        });
    }

    @Test
    void aDraftIsOnlyForStaffUntilPublishedAndThenTheCurrentPhaseFollowsTheDate() {
        long id = users.as("voorbeeld", "redacteur", () -> projects.create(draft("Nieuw park aan de rivier")));
        assertThatThrownBy(() -> users.as("voorbeeld", "buur", () -> projects.view(id))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> users.run("voorbeeld", "redacteur", () -> projects.publish(id)))
                .isInstanceOf(InvalidProjectException.class).hasMessageContaining("fase");

        users.run("voorbeeld", "redacteur", () -> {
            projects.addPhase(id, new PhaseDraft("Kiezen", today().plusDays(5), today().plusDays(9), "Kies", false));
            projects.addPhase(id, new PhaseDraft("Ideeën", today().minusDays(2), today().plusDays(4), "Deel", false));
            projects.publish(id);
        });

        Project seen = users.as("voorbeeld", "buur", () -> projects.view(id));
        assertThat(seen.phases()).extracting(Project.Phase::title).containsExactly("Ideeën", "Kiezen");
        assertThat(seen.currentPhase()).map(Project.Phase::title).contains("Ideeën");
        assertThat(users.as("voorbeeld", "buur", () -> projects.published()))
                .anySatisfy(card -> {
                    assertThat(card.title()).isEqualTo("Nieuw park aan de rivier");
                    assertThat(card.currentPhase()).isEqualTo("Ideeën");
                });

        clock.advance(Duration.ofDays(5));
        assertThat(users.as("voorbeeld", "buur", () -> projects.view(id)).currentPhase()).map(Project.Phase::title)
                .contains("Kiezen");
    }

    @Test
    void staffPinAPhaseAndCloseTheProjectWithAnAccount() {
        long id = running("voorbeeld", "Speelplek De Wei");
        long last = users.as("voorbeeld", "redacteur", () -> projects.view(id)).phases().getLast().id();

        users.run("voorbeeld", "redacteur", () -> projects.pinPhase(id, last));
        Project pinned = users.as("voorbeeld", "buur", () -> projects.view(id));
        assertThat(pinned.currentPhase()).map(Project.Phase::title).contains("Kiezen");
        assertThat(pinned.pastPhases()).extracting(Project.Phase::title).containsExactly("Informeren", "Ideeën");
        assertThat(TenantContext.call(new TenantId("voorbeeld"), () -> phases.isOpen(last))).isTrue();

        assertThatThrownBy(() -> users.run("voorbeeld", "redacteur", () -> projects.close(id, "   ")))
                .isInstanceOfSatisfying(InvalidProjectException.class,
                        e -> assertThat(e.problems()).containsKey("finalAccount"));
        users.run("voorbeeld", "redacteur", () -> projects.close(id, "Uw ideeën zitten in het ontwerp."));

        Project closed = users.as("voorbeeld", "buur", () -> projects.view(id));
        assertThat(closed.status()).isEqualTo(ProjectStatus.CLOSED);
        assertThat(closed.finalAccount()).isEqualTo("Uw ideeën zitten in het ontwerp.");
        assertThat(closed.currentPhase()).isEmpty();
        assertThat(closed.pastPhases()).hasSize(3);
        assertThat(TenantContext.call(new TenantId("voorbeeld"), () -> phases.isOpen(last))).isFalse();
        assertThatThrownBy(() -> users.run("voorbeeld", "redacteur", () -> projects.update(id, draft("Toch anders"))))
                .isInstanceOf(InvalidProjectException.class).hasMessageContaining("afgerond");
    }

    @Test
    void residentsAndModeratorsCannotRunProjects() {
        long id = running("voorbeeld", "Fietsbrug over het kanaal");
        for (String who : List.of("buur", "moderator")) {
            assertThatThrownBy(() -> users.as("voorbeeld", who, () -> projects.create(draft("Van mij"))))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> users.run("voorbeeld", who, () -> projects.close(id, "klaar")))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> users.run("voorbeeld", who, () -> projects.pinPhase(id, null)))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(users.as("voorbeeld", "buur", () -> projects.view(id)).status()).isEqualTo(ProjectStatus.PUBLISHED);
    }

    @Test
    void badInputSaysWhatIsWrongInDutchAndStoresNothing() {
        long before = count("voorbeeld", "project");
        assertThatThrownBy(() -> users.run("voorbeeld", "redacteur", () -> projects.create(new ProjectDraft("", "",
                "x".repeat(100_000), "", "", List.of()))))
                .isInstanceOfSatisfying(InvalidProjectException.class, e -> assertThat(e.problems())
                        .containsEntry("title", "Geef het project een titel.")
                        .containsEntry("description", "Dit mag hoogstens 20000 tekens hebben (nu 100000).")
                        .containsKey("summary"));
        assertThat(count("voorbeeld", "project")).isEqualTo(before);

        long id = users.as("voorbeeld", "redacteur", () -> projects.create(draft("Marktdag")));
        long phasesBefore = count("voorbeeld", "project_phase");
        assertThatThrownBy(() -> users.run("voorbeeld", "redacteur", () -> projects.addPhase(id,
                new PhaseDraft("Omgekeerd", today().plusDays(5), today(), "", false))))
                .isInstanceOfSatisfying(InvalidProjectException.class, e -> assertThat(e.problems())
                        .containsEntry("endsOn", "De einddatum ligt voor de begindatum."));
        users.run("voorbeeld", "redacteur", () -> projects.addPhase(id, new PhaseDraft("Eerst", today(), today().plusDays(5), "", false)));
        assertThatThrownBy(() -> users.run("voorbeeld", "redacteur", () -> projects.addPhase(id,
                new PhaseDraft("Tegelijk", today().plusDays(5), today().plusDays(8), "", false))))
                .isInstanceOfSatisfying(InvalidProjectException.class, e -> assertThat(e.problems().get("startsOn"))
                        .contains("overlappen", "Eerst"));
        assertThatThrownBy(() -> users.run("voorbeeld", "redacteur", () -> projects.addPhase(id,
                new PhaseDraft("y".repeat(100_000), today().plusDays(10), today().plusDays(12), "", false))))
                .isInstanceOf(InvalidProjectException.class);
        assertThat(count("voorbeeld", "project_phase")).isEqualTo(phasesBefore + 1);
        assertThatThrownBy(() -> users.run("voorbeeld", "redacteur", () -> projects.place(
                users.as("voorbeeld", "redacteur", () -> projects.view(id)).phases().getFirst().id(), "nothing", 1)))
                .isInstanceOfSatisfying(InvalidProjectException.class, e -> assertThat(e.problems()).containsKey("item"));
    }

    @Test
    void aPhaseHoldsItemsOfOtherModulesResolvedThroughTheirPublicItems() {
        long host = running("voorbeeld", "Kadeproject");
        long other = running("voorbeeld", "Het andere project");
        long phase = users.as("voorbeeld", "redacteur", () -> projects.view(host)).phases().get(1).id();

        // Projects offer public items themselves, so another project is an item of some module here; the
        // candidates list every enabled module's public items except the project's own module.
        var candidates = users.as("voorbeeld", "redacteur", () -> projects.candidates(5));
        assertThat(candidates).doesNotContainKey(ProjectsModule.ID);

        users.run("voorbeeld", "redacteur", () -> projects.close(other, "Klaar"));
        assertThatThrownBy(() -> users.run("voorbeeld", "redacteur", () -> projects.place(phase, ProjectsModule.ID, other)))
                .isInstanceOf(InvalidProjectException.class);
    }

    @Test
    void aPhaseForLocalResidentsAsksForAPostcodeInsideTheRangesAndKeepsOnlyYesOrNo() {
        users.run("voorbeeld", "beheerder", () -> localResidents.setRanges("1011-1109, 1381"));
        long id = users.as("voorbeeld", "redacteur", () -> {
            long p = projects.create(draft("Buurtbudget Noord"));
            projects.addPhase(p, new PhaseDraft("Stemmen", today(), today().plusDays(5), "Stem", true));
            projects.publish(p);
            return p;
        });
        long phase = users.as("voorbeeld", "buur", () -> projects.view(id)).phases().getFirst().id();
        users.ensureResident("voorbeeld", "nieuwkomer");

        assertThat(users.as("voorbeeld", "nieuwkomer", () -> phases.mayTakePart(phase))).isFalse();
        assertThatThrownBy(() -> users.as("voorbeeld", "nieuwkomer", () -> phases.requireTakingPart(phase)))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("postcode");
        assertThatThrownBy(() -> users.as("voorbeeld", "nieuwkomer", () -> localResidents.confirm("12345", false)))
                .isInstanceOf(InvalidProjectException.class);
        assertThat(users.as("voorbeeld", "nieuwkomer", () -> localResidents.confirm("9999 ZZ", true))).isFalse();
        assertThat(users.as("voorbeeld", "nieuwkomer", () -> phases.mayTakePart(phase))).isFalse();
        assertThat(users.as("voorbeeld", "nieuwkomer", () -> localResidents.confirm("1012ab", false))).isTrue();
        assertThat(users.as("voorbeeld", "nieuwkomer", () -> phases.mayTakePart(phase))).isTrue();

        long resident = TenantContext.call(new TenantId("voorbeeld"), () -> jdbc.sql(
                "SELECT r.id FROM resident r WHERE r.subject = ?").param(users.account("voorbeeld", "nieuwkomer").subject())
                .query(Long.class).single());
        var export = TenantContext.call(new TenantId("voorbeeld"), () -> personalData.export(resident));
        assertThat(export.get("woonplaats_bevestigd")).singleElement()
                .satisfies(row -> assertThat(row.get("postcode")).isNull());
        assertThatThrownBy(() -> users.run("voorbeeld", "redacteur", () -> localResidents.setRanges("1000-2000")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.run("voorbeeld", "beheerder", () -> localResidents.setRanges("abc")))
                .isInstanceOf(InvalidProjectException.class);
        assertThat(users.as("voorbeeld", "beheerder", () -> localResidents.ranges())).hasSize(2);
    }

    @Test
    void oosterhavensDemoProjectHoldsTheNeighbourhoodBudgetInItsVotingPhase() {
        long id = TenantContext.call(new TenantId("oosterhaven"), () -> jdbc.sql(
                "SELECT min(id) FROM project WHERE title = ?").param(ProjectsDemo.HAVENKWARTIER).query(Long.class).single());
        Project project = users.as("oosterhaven", "buur", () -> projects.view(id));
        Project.Phase voting = project.phases().stream().filter(phase -> phase.title().equals("Stemmen")).findFirst()
                .orElseThrow();
        assertThat(voting.items()).extracting(item -> item.module() + ": " + item.title())
                .contains("budgets: " + ProjectsDemo.HAVENKWARTIER);
        assertThat(project.summary()).contains("€ 50.000");
    }

    @Test
    void anotherMunicipalitysProjectIsNeverSeenNorTouchedHere() {
        long theirs = running("oosterhaven", "Alleen in Oosterhaven");
        try {
            Project here = users.as("voorbeeld", "buur", () -> projects.view(theirs));
            assertThat(here.title()).isNotEqualTo("Alleen in Oosterhaven");
        } catch (NotFoundException expected) {
            // nothing with that id here
        }
        assertThat(users.as("voorbeeld", "buur", () -> projects.published()))
                .noneSatisfy(card -> assertThat(card.title()).isEqualTo("Alleen in Oosterhaven"));
        assertThat(users.as("oosterhaven", "buur", () -> projects.published()))
                .anySatisfy(card -> assertThat(card.title()).isEqualTo("Alleen in Oosterhaven"));
        long theirPhase = users.as("oosterhaven", "buur", () -> projects.view(theirs)).phases().get(1).id();
        assertThat(users.as("voorbeeld", "buur", () -> phases.find(theirPhase)).map(PhaseInfo::projectTitle))
                .isNotEqualTo(java.util.Optional.of("Alleen in Oosterhaven"));
        assertThat(users.as("oosterhaven", "buur", () -> projects.view(theirs)).status()).isEqualTo(ProjectStatus.PUBLISHED);
    }

    private long count(String realm, String table) {
        return TenantContext.call(new TenantId(realm), () -> jdbc.sql("SELECT count(*) FROM " + table)
                .query(Long.class).single());
    }
}
