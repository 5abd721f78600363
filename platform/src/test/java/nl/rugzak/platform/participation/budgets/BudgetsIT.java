package nl.rugzak.platform.participation.budgets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import nl.rugzak.platform.content.NotFoundException;
import nl.rugzak.platform.mydata.PersonalDataHolder;
import nl.rugzak.platform.participation.ModuleManifests;
import nl.rugzak.platform.support.AtOnce;
import nl.rugzak.platform.support.IntegrationTest;
import nl.rugzak.platform.support.MovableClock;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import nl.rugzak.tenantadmin.tenancy.TenantId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/** Budgets, ballots and results through their services, as residents and staff of the demo municipalities. */
class BudgetsIT extends IntegrationTest {

    @Autowired
    Budgets budgets;
    @Autowired
    Ballots ballots;
    @Autowired
    BudgetResults results;
    @Autowired
    BudgetsPersonalData personalData;
    @Autowired
    ModuleManifests manifests;
    @Autowired
    MovableClock clock;
    @Autowired
    nl.rugzak.platform.participation.projects.Projects projects;
    @Autowired
    nl.rugzak.platform.participation.projects.LocalResidents localResidents;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.springframework.context.ApplicationContext application;
    TestPeople users;
    @Autowired
    SecurityContextHolderStrategy security;

    @BeforeEach
    void people() {
        users = new TestPeople(application);
        TestPeople.demoBudgets(application, "voorbeeld");
        TestPeople.demoBudgets(application, "oosterhaven");
    }

    /** € 100 knapsack budget open now for a week, with projects of € 40, € 50, € 30 and € 20. */
    long openKnapsack(String realm, boolean changesAllowed) {
        return users.as(realm, "redacteur", () -> {
            long id = budgets.create(draft(VotingMethod.KNAPSACK, null, clock.instant().minusSeconds(60),
                    clock.instant().plus(Duration.ofDays(7)), changesAllowed));
            for (long euros : List.of(40, 50, 30, 20)) {
                budgets.addProject(id, new ProjectDraft("Project van " + euros, "Uitleg", euros * 100));
            }
            budgets.publish(id);
            return id;
        });
    }

    BudgetDraft draft(VotingMethod method, Integer max, Instant opens, Instant closes, boolean changes) {
        return new BudgetDraft("Buurtbudget", "Verdeel **samen** het geld.", 10_000L, method, max, opens, closes,
                changes, TieRule.LOWER_COST);
    }

    List<Long> projects(String realm, long budgetId) {
        return users.as(realm, "redacteur", () -> budgets.view(budgetId)).projects().stream()
                .map(Budget.Project::id).toList();
    }

    long anyBudget(String realm) {
        return TenantContext.call(new TenantId(realm), () -> jdbc.sql("SELECT min(id) FROM budget WHERE published")
                .query(Long.class).single());
    }

    void vote(String realm, String user, long budgetId, Set<Long> chosen) {
        users.run(realm, user, () -> ballots.submit(new BallotSubmission(budgetId, ballots.mine(budgetId).voterId(), chosen)));
    }

    long rows(String realm, String sql, Object... params) {
        return TenantContext.call(new TenantId(realm), () -> jdbc.sql(sql).params(params).query(Long.class).single());
    }

    @Test
    void aResidentBuildsADraftSubmitsItAndTheSubmittedBallotIsFinal() {
        long id = openKnapsack("voorbeeld", false);
        List<Long> p = projects("voorbeeld", id);

        assertThat(users.as("voorbeeld", "bewoner", () -> budgets.view(id)).phase()).isEqualTo(BudgetPhase.OPEN);
        users.run("voorbeeld", "stemmer", () -> ballots.saveDraft(
                new BallotSubmission(id, ballots.mine(id).voterId(), Set.of(p.get(0)))));
        MyBallot draft = users.as("voorbeeld", "stemmer", () -> ballots.mine(id));
        assertThat(draft.state()).isEqualTo(MyBallot.State.DRAFT);
        assertThat(draft.projectIds()).containsExactly(p.get(0));
        assertThat(users.as("voorbeeld", "redacteur", () -> budgets.view(id)).ballots()).isZero();

        vote("voorbeeld", "stemmer", id, Set.of(p.get(0), p.get(1)));

        MyBallot mine = users.as("voorbeeld", "stemmer", () -> ballots.mine(id));
        assertThat(mine.state()).isEqualTo(MyBallot.State.SUBMITTED);
        assertThat(mine.projectIds()).containsExactlyInAnyOrder(p.get(0), p.get(1));
        assertThat(mine.mayChange()).isFalse();
        assertThatThrownBy(() -> vote("voorbeeld", "stemmer", id, Set.of(p.get(2))))
                .isInstanceOf(InvalidBudgetException.class).hasMessageContaining("Uw stem is definitief");
        assertThatThrownBy(() -> users.run("voorbeeld", "stemmer", () -> ballots.saveDraft(
                new BallotSubmission(id, mine.voterId(), Set.of(p.get(2))))))
                .isInstanceOf(InvalidBudgetException.class);
        assertThat(users.as("voorbeeld", "stemmer", () -> ballots.mine(id)).projectIds())
                .containsExactlyInAnyOrder(p.get(0), p.get(1));
        assertThat(users.as("voorbeeld", "redacteur", () -> budgets.view(id)).ballots()).isEqualTo(1);
        assertThat(rows("voorbeeld", "SELECT coalesce(sum(votes), 0) FROM budget_vote_count WHERE budget_id = ?", id))
                .isEqualTo(2);
    }

    @Test
    void aBudgetInAPhaseForLocalResidentsTakesBallotsOnlyFromThoseWhoConfirmedAPostcodeInside() {
        long id = openKnapsack("oosterhaven", false);
        List<Long> p = projects("oosterhaven", id);
        users.run("oosterhaven", "beheerder", () -> localResidents.setRanges("1781-1789"));
        long project = users.as("oosterhaven", "redacteur", () -> {
            long created = projects.create(new nl.rugzak.platform.participation.projects.ProjectDraft("Buurtbudget Duinwijk",
                    "Alleen voor inwoners.", "Bewoners kiezen.", "Duinwijk", "Wijkteam", List.of()));
            java.time.LocalDate today = java.time.LocalDate.now((java.time.Clock) clock);
            projects.addPhase(created, new nl.rugzak.platform.participation.projects.PhaseDraft("Stemmen", today,
                    today.plusDays(7), "Stem", true));
            projects.publish(created);
            long phase = projects.view(created).phases().getFirst().id();
            projects.place(phase, BudgetsModule.ID, id);
            return created;
        });

        MyBallot before = users.as("oosterhaven", "duinbewoner", () -> ballots.mine(id));
        assertThat(before.eligibility().eligible()).isFalse();
        assertThat(before.eligibility().whereToAct()).isEqualTo("/projecten/" + project);
        assertThatThrownBy(() -> vote("oosterhaven", "duinbewoner", id, Set.of(p.get(0))))
                .isInstanceOf(InvalidBudgetException.class).hasMessageContaining("Bevestig eerst uw postcode");
        // A postcode outside the ranges does not open it either; one inside does.
        users.run("oosterhaven", "duinbewoner", () -> localResidents.confirm("9999 AA", false));
        assertThatThrownBy(() -> vote("oosterhaven", "duinbewoner", id, Set.of(p.get(0))))
                .isInstanceOf(InvalidBudgetException.class);
        assertThat(rows("oosterhaven", "SELECT count(*) FROM budget_ballot WHERE budget_id = ? AND status = 'SUBMITTED'", id)).isZero();
        users.run("oosterhaven", "duinbewoner", () -> localResidents.confirm("1785 KL", false));
        vote("oosterhaven", "duinbewoner", id, Set.of(p.get(0)));
        assertThat(users.as("oosterhaven", "duinbewoner", () -> ballots.mine(id)).state()).isEqualTo(MyBallot.State.SUBMITTED);
    }

    @Test
    void whenChangesAreAllowedAResubmissionMovesTheVotes() {
        long id = openKnapsack("voorbeeld", true);
        List<Long> p = projects("voorbeeld", id);

        vote("voorbeeld", "stemmer", id, Set.of(p.get(0), p.get(1)));
        assertThat(users.as("voorbeeld", "stemmer", () -> ballots.mine(id)).mayChange()).isTrue();
        vote("voorbeeld", "stemmer", id, Set.of(p.get(1), p.get(2), p.get(3)));

        assertThat(rows("voorbeeld", "SELECT coalesce(sum(votes), 0) FROM budget_vote_count WHERE project_id = ?", p.get(0))).isZero();
        assertThat(rows("voorbeeld", "SELECT coalesce(sum(votes), 0) FROM budget_vote_count WHERE project_id = ?", p.get(1))).isEqualTo(1);
        assertThat(rows("voorbeeld", "SELECT coalesce(sum(votes), 0) FROM budget_vote_count WHERE project_id = ?", p.get(3))).isEqualTo(1);
        assertThat(users.as("voorbeeld", "redacteur", () -> budgets.view(id)).ballots()).isEqualTo(1);
    }

    @Test
    void overTheBudgetAnotherBudgetsProjectsOrSomeoneElsesIdAreRefusedByTheServiceAndNothingIsStored() {
        long id = openKnapsack("voorbeeld", false);
        long other = openKnapsack("voorbeeld", false);
        List<Long> p = projects("voorbeeld", id);
        long foreign = projects("voorbeeld", other).getFirst();
        long me = users.as("voorbeeld", "stemmer", () -> ballots.mine(id)).voterId();
        long someoneElse = users.as("voorbeeld", "kiezer", () -> ballots.mine(id)).voterId();

        // € 40 + € 50 + € 30 = € 120 > € 100
        assertThatThrownBy(() -> users.run("voorbeeld", "stemmer", () -> ballots.submit(
                new BallotSubmission(id, me, Set.of(p.get(0), p.get(1), p.get(2))))))
                .isInstanceOf(InvalidBudgetException.class)
                .hasMessageContaining("Uw keuze kost € 120").hasMessageContaining("€ 100");
        assertThatThrownBy(() -> users.run("voorbeeld", "stemmer", () -> ballots.saveDraft(
                new BallotSubmission(id, me, Set.of(p.get(0), p.get(1), p.get(2))))))
                .isInstanceOf(InvalidBudgetException.class);
        assertThatThrownBy(() -> users.run("voorbeeld", "stemmer", () -> ballots.submit(
                new BallotSubmission(id, me, Set.of(p.get(0), foreign)))))
                .isInstanceOf(InvalidBudgetException.class).hasMessageContaining("niet bij deze begroting");
        assertThatThrownBy(() -> users.run("voorbeeld", "stemmer", () -> ballots.submit(
                new BallotSubmission(id, someoneElse, Set.of(p.get(0))))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.run("voorbeeld", "stemmer", () -> ballots.submit(
                new BallotSubmission(id, me, Set.of()))))
                .isInstanceOf(InvalidBudgetException.class).hasMessageContaining("minstens één project");

        assertThat(rows("voorbeeld", "SELECT count(*) FROM budget_ballot WHERE budget_id = ?", id)).isZero();
        assertThat(rows("voorbeeld", "SELECT count(*) FROM budget_vote_count WHERE budget_id = ?", id)).isZero();
    }

    @Test
    void approvalRefusesMoreThanNChoices() {
        long id = users.as("voorbeeld", "redacteur", () -> {
            long created = budgets.create(draft(VotingMethod.APPROVAL, 2, clock.instant().minusSeconds(60),
                    clock.instant().plus(Duration.ofDays(7)), false));
            for (int i = 1; i <= 3; i++) {
                budgets.addProject(created, new ProjectDraft("Plan " + i, "", 90_00L));
            }
            budgets.publish(created);
            return created;
        });
        List<Long> p = projects("voorbeeld", id);

        assertThatThrownBy(() -> vote("voorbeeld", "stemmer", id, Set.copyOf(p)))
                .isInstanceOf(InvalidBudgetException.class).hasMessageContaining("hoogstens 2 projecten");
        assertThat(rows("voorbeeld", "SELECT count(*) FROM budget_ballot WHERE budget_id = ?", id)).isZero();

        // Approval ignores the amount: two projects of € 90 each on a € 100 budget are fine.
        vote("voorbeeld", "stemmer", id, Set.of(p.get(0), p.get(1)));
        assertThat(rows("voorbeeld", "SELECT count(*) FROM budget_ballot WHERE budget_id = ?", id)).isEqualTo(1);
    }

    @Test
    void fiftySimultaneousSubmissionsByOneResidentGiveOneBallot() throws Exception {
        long id = openKnapsack("voorbeeld", false);
        List<Long> p = projects("voorbeeld", id);
        long me = users.as("voorbeeld", "kiezer", () -> ballots.mine(id)).voterId();
        var login = TestPeople.login("voorbeeld", "kiezer");
        List<Boolean> submissions = AtOnce.run(security, java.util.Collections.nCopies(50, login),
                new TenantId("voorbeeld"), () -> {
                    try {
                        ballots.submit(new BallotSubmission(id, me, Set.of(p.get(0), p.get(3))));
                        return true;
                    } catch (InvalidBudgetException alreadyVoted) {
                        return false;
                    }
                });
        long accepted = submissions.stream().filter(Boolean::booleanValue).count();

        assertThat(accepted).isEqualTo(1);
        assertThat(rows("voorbeeld", "SELECT count(*) FROM budget_ballot WHERE budget_id = ?", id)).isEqualTo(1);
        assertThat(rows("voorbeeld", "SELECT coalesce(sum(ballots), 0) FROM budget_ballot_count WHERE budget_id = ?", id)).isEqualTo(1);
        assertThat(rows("voorbeeld", "SELECT coalesce(sum(votes), 0) FROM budget_vote_count WHERE project_id = ?", p.get(0))).isEqualTo(1);
        assertThat(rows("voorbeeld", "SELECT coalesce(sum(votes), 0) FROM budget_vote_count WHERE project_id = ?", p.get(3))).isEqualTo(1);
    }

    @Test
    void afterTheFirstBallotMethodAmountCostsAndProjectsAreFixedButWordsMayImprove() {
        long id = openKnapsack("voorbeeld", false);
        List<Long> p = projects("voorbeeld", id);
        Budget before = users.as("voorbeeld", "redacteur", () -> budgets.view(id));
        vote("voorbeeld", "stemmer", id, Set.of(p.get(0)));

        assertThatThrownBy(() -> users.run("voorbeeld", "redacteur", () -> budgets.update(id, new BudgetDraft(
                "Buurtbudget", "", 20_000L, VotingMethod.KNAPSACK, null, before.opensAt(), before.closesAt(), false,
                TieRule.LOWER_COST))))
                .isInstanceOf(InvalidBudgetException.class).hasMessageContaining("Er is al gestemd");
        assertThatThrownBy(() -> users.run("voorbeeld", "redacteur", () -> budgets.update(id, new BudgetDraft(
                "Buurtbudget", "", 10_000L, VotingMethod.APPROVAL, 2, before.opensAt(), before.closesAt(), false,
                TieRule.LOWER_COST))))
                .isInstanceOf(InvalidBudgetException.class);
        assertThatThrownBy(() -> users.run("voorbeeld", "redacteur", () -> budgets.updateProject(p.get(0),
                new ProjectDraft("Project van 40", "Uitleg", 1_000L))))
                .isInstanceOf(InvalidBudgetException.class).hasMessageContaining("kosten");
        assertThatThrownBy(() -> users.run("voorbeeld", "redacteur", () -> budgets.addProject(id,
                new ProjectDraft("Nog eentje", "", 1_000L))))
                .isInstanceOf(InvalidBudgetException.class);
        assertThatThrownBy(() -> users.run("voorbeeld", "redacteur", () -> budgets.removeProject(p.get(1))))
                .isInstanceOf(InvalidBudgetException.class);

        users.run("voorbeeld", "redacteur", () -> {
            budgets.updateProject(p.get(0), new ProjectDraft("Bankjes aan de kade", "Betere uitleg", 4_000L));
            budgets.update(id, new BudgetDraft("Buurtbudget 2027", "Nieuwe uitleg", 10_000L, VotingMethod.KNAPSACK,
                    null, before.opensAt(), before.closesAt().plus(Duration.ofDays(1)), false, TieRule.LOWER_COST));
        });
        Budget after = users.as("voorbeeld", "redacteur", () -> budgets.view(id));
        assertThat(after.title()).isEqualTo("Buurtbudget 2027");
        assertThat(after.totalCents()).isEqualTo(10_000L);
        assertThat(after.projects()).hasSize(4);
        assertThat(after.projects().getFirst().title()).isEqualTo("Bankjes aan de kade");
        assertThat(after.projects().getFirst().costCents()).isEqualTo(4_000L);
    }

    @Test
    void theVotingPeriodFollowsTheApplicationClockAndResultsComeAfterClosing() {
        long id = users.as("voorbeeld", "redacteur", () -> {
            long created = budgets.create(draft(VotingMethod.KNAPSACK, null, clock.instant().plus(Duration.ofDays(1)),
                    clock.instant().plus(Duration.ofDays(3)), false));
            budgets.addProject(created, new ProjectDraft("Goedkoop", "", 3_000L));
            budgets.addProject(created, new ProjectDraft("Duur", "", 8_000L));
            budgets.publish(created);
            return created;
        });
        List<Long> p = projects("voorbeeld", id);

        assertThat(users.as("voorbeeld", "stemmer", () -> budgets.view(id)).phase()).isEqualTo(BudgetPhase.UPCOMING);
        assertThatThrownBy(() -> vote("voorbeeld", "stemmer", id, Set.of(p.get(0))))
                .isInstanceOf(InvalidBudgetException.class).hasMessageContaining("nog niet begonnen");
        assertThatThrownBy(() -> users.run("voorbeeld", "stemmer", () -> results.of(id)))
                .isInstanceOf(NotFoundException.class);

        clock.advance(Duration.ofDays(1).plusMinutes(1));
        vote("voorbeeld", "stemmer", id, Set.of(p.get(1)));
        vote("voorbeeld", "kiezer", id, Set.of(p.get(1)));
        vote("voorbeeld", "bewoner", id, Set.of(p.get(0)));
        assertThatThrownBy(() -> users.run("voorbeeld", "redacteur", () -> results.of(id)))
                .isInstanceOf(NotFoundException.class);

        clock.advance(Duration.ofDays(2));
        assertThatThrownBy(() -> vote("voorbeeld", "beheerder", id, Set.of(p.get(0))))
                .isInstanceOf(InvalidBudgetException.class).hasMessageContaining("gesloten");

        BudgetResults.Results outcome = users.as("voorbeeld", "bewoner", () -> results.of(id));
        assertThat(outcome.ballots()).isEqualTo(3);
        // Duur (2 votes, € 80) first and funded; Goedkoop (€ 30) no longer fits in the € 20 left.
        assertThat(outcome.outcomes()).extracting(o -> o.tally().title() + ":" + o.tally().votes() + ":" + o.won())
                .containsExactly("Duur:2:true", "Goedkoop:1:false");
        assertThat(outcome.spentCents()).isEqualTo(8_000L);

        String csv = new String(users.as("voorbeeld", "redacteur", () -> results.csv(id, java.util.Locale.forLanguageTag("nl"))),
                StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFPlaats;Project;Kosten (euro);Stemmen;Gekozen");
        assertThat(csv).contains("1;Duur;80,00;2;ja").contains("2;Goedkoop;30,00;1;nee");
        assertThat(csv).doesNotContain("Test").doesNotContain("stemmer").doesNotContain("@");
    }

    @Test
    void staffCloseVotingEarly() {
        long id = openKnapsack("voorbeeld", false);
        users.run("voorbeeld", "redacteur", () -> budgets.closeNow(id));

        assertThat(users.as("voorbeeld", "stemmer", () -> budgets.view(id)).phase()).isEqualTo(BudgetPhase.CLOSED);
        assertThatThrownBy(() -> vote("voorbeeld", "stemmer", id, Set.of(projects("voorbeeld", id).getFirst())))
                .isInstanceOf(InvalidBudgetException.class);
        assertThatThrownBy(() -> users.run("voorbeeld", "redacteur", () -> budgets.closeNow(id)))
                .isInstanceOf(InvalidBudgetException.class);
    }

    @Test
    void onlyEditorsMakeBudgetsAndADraftBudgetIsTheirsAlone() {
        var valid = draft(VotingMethod.KNAPSACK, null, clock.instant(), clock.instant().plus(Duration.ofDays(1)), false);
        assertThatThrownBy(() -> users.run("voorbeeld", "stemmer", () -> budgets.create(valid)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.run("voorbeeld", "moderator", () -> budgets.create(valid)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> budgets.create(valid)).isInstanceOfAny(AuthenticationCredentialsNotFoundException.class,
                AccessDeniedException.class);

        long id = users.as("voorbeeld", "beheerder", () -> budgets.create(valid));
        assertThatThrownBy(() -> users.run("voorbeeld", "stemmer", () -> budgets.view(id)))
                .isInstanceOf(NotFoundException.class);
        assertThat(users.as("voorbeeld", "stemmer", () -> budgets.published())).extracting(Budget::id).doesNotContain(id);
        assertThatThrownBy(() -> users.run("voorbeeld", "stemmer", () -> ballots.mine(id)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> users.run("voorbeeld", "redacteur", () -> budgets.publish(id)))
                .isInstanceOf(InvalidBudgetException.class).hasMessageContaining("minstens één project");
    }

    @Test
    void badInputGivesDutchMessagesPerFieldAndStoresNothing() {
        long before = rows("voorbeeld", "SELECT count(*) FROM budget");
        var bad = new BudgetDraft("  ", "", 0L, VotingMethod.APPROVAL, null, clock.instant(),
                clock.instant().minusSeconds(1), false, null);

        assertThatThrownBy(() -> users.run("voorbeeld", "redacteur", () -> budgets.create(bad)))
                .isInstanceOfSatisfying(InvalidBudgetException.class, e -> assertThat(e.problems())
                        .containsEntry("title", "Vul de titel in.")
                        .containsKeys("total", "maxChoices", "closesAt", "tieRule"));
        assertThat(rows("voorbeeld", "SELECT count(*) FROM budget")).isEqualTo(before);

        long id = openKnapsack("voorbeeld", false);
        long projects = rows("voorbeeld", "SELECT count(*) FROM budget_project");
        long withSource = users.as("voorbeeld", "redacteur", () -> budgets.create(draft(VotingMethod.KNAPSACK, null,
                clock.instant().plus(Duration.ofDays(1)), clock.instant().plus(Duration.ofDays(2)), false)));
        assertThatThrownBy(() -> users.run("voorbeeld", "redacteur", () -> budgets.addProject(withSource,
                new ProjectDraft("x".repeat(121), "", -5L))))
                .isInstanceOfSatisfying(InvalidBudgetException.class, e -> assertThat(e.problems())
                        .containsEntry("title", "De naam van het project mag hoogstens 120 tekens hebben (nu 121).")
                        .containsKey("cost"));
        assertThat(rows("voorbeeld", "SELECT count(*) FROM budget_project")).isEqualTo(projects);
        assertThat(id).isPositive();
    }

    @Test
    void aMunicipalityCannotSeeOrVoteInAnothersBudget() {
        long id = openKnapsack("voorbeeld", false);
        List<Long> p = projects("voorbeeld", id);
        String title = "Alleen voor Voorbeeldstad " + id;
        users.run("voorbeeld", "redacteur", () -> {
            Budget b = budgets.view(id);
            budgets.update(id, new BudgetDraft(title, "", b.totalCents(), b.method(), null, b.opensAt(), b.closesAt(),
                    false, b.tieRule()));
        });

        assertThat(users.as("oosterhaven", "stemmer", () -> budgets.published())).extracting(Budget::title)
                .doesNotContain(title);
        assertThat(users.as("oosterhaven", "redacteur", () -> budgets.all())).extracting(Budget::title)
                .doesNotContain(title);
        // The id means nothing (or something else) at Oosterhaven; a ballot there never reaches Voorbeeldstad.
        try {
            assertThat(users.as("oosterhaven", "stemmer", () -> budgets.view(id)).title()).isNotEqualTo(title);
        } catch (NotFoundException expected) {
            assertThat(expected).hasMessageContaining("begroting");
        }
        assertThatThrownBy(() -> users.run("oosterhaven", "stemmer", () -> ballots.submit(new BallotSubmission(id,
                ballots.mine(anyBudget("oosterhaven")).voterId(), Set.of(p.get(3))))))
                .isInstanceOfAny(NotFoundException.class, InvalidBudgetException.class);
        assertThat(rows("voorbeeld", "SELECT count(*) FROM budget_ballot WHERE budget_id = ?", id)).isZero();
    }

    @Test
    void erasureKeepsTheSubmittedBallotNamelessSoTheTotalsStayRight() {
        long id = openKnapsack("voorbeeld", false);
        long other = openKnapsack("voorbeeld", false);
        List<Long> p = projects("voorbeeld", id);
        vote("voorbeeld", "kiezer", id, Set.of(p.get(0)));
        long me = users.as("voorbeeld", "kiezer", () -> ballots.mine(other).voterId());
        users.run("voorbeeld", "kiezer", () -> ballots.saveDraft(new BallotSubmission(other, me,
                Set.of(projects("voorbeeld", other).getFirst()))));

        var export = TenantContext.call(new TenantId("voorbeeld"), () -> personalData.export(me));
        assertThat(export.get("stembiljetten_begroting")).hasSizeGreaterThanOrEqualTo(2)
                .anySatisfy(row -> assertThat(row.get("gekozen_projecten")).isEqualTo("Project van 40"));

        TenantContext.run(new TenantId("voorbeeld"), () -> personalData.erase(
                new PersonalDataHolder.Erasure(me, "Test Kiezer", 0, false)));

        assertThat(rows("voorbeeld", "SELECT count(*) FROM budget_ballot WHERE resident_id = ?", me)).isZero();
        assertThat(rows("voorbeeld", "SELECT count(*) FROM budget_ballot WHERE budget_id = ? AND resident_id IS NULL", id))
                .isEqualTo(1);
        assertThat(rows("voorbeeld", "SELECT count(*) FROM budget_ballot WHERE budget_id = ?", other)).isZero();
        assertThat(rows("voorbeeld", "SELECT coalesce(sum(votes), 0) FROM budget_vote_count WHERE project_id = ?", p.get(0)))
                .isEqualTo(1);
        // The erased resident may vote again as a new person: the unique key does not hold a nameless ballot.
        assertThat(users.as("voorbeeld", "kiezer", () -> ballots.mine(id)).state()).isEqualTo(MyBallot.State.NONE);
    }

    @Test
    void budgetsArePublicItemsAndIdeasCanOnlyBeImportedWhenThatModuleExists() {
        long id = openKnapsack("oosterhaven", false);
        var items = manifests.find(BudgetsModule.ID).flatMap(m -> m.publicItems()).orElseThrow();

        var item = TenantContext.call(new TenantId("oosterhaven"), () -> items.find(id)).orElseThrow();
        assertThat(item.link()).isEqualTo("/begroting/" + id);
        assertThat(item.statusKey()).isEqualTo("budgets.status.open");
        assertThat(TenantContext.call(new TenantId("oosterhaven"), () -> items.recent(50)))
                .extracting(i -> i.title()).contains("Buurtbudget Havenkwartier");

        boolean ideasExist = manifests.find("ideas").flatMap(m -> m.publicItems()).isPresent();
        if (!ideasExist) {
            assertThat(users.as("oosterhaven", "redacteur", () -> budgets.importable(id, "ideas", 20))).isEmpty();
            assertThatThrownBy(() -> users.run("oosterhaven", "redacteur", () -> budgets.importItem(id, "ideas", 1, 100L)))
                    .isInstanceOf(NotFoundException.class);
        }
        // A module's own items are never "ideas" to import from a resident's hand.
        assertThatThrownBy(() -> users.run("oosterhaven", "stemmer", () -> budgets.importable(id, "ideas", 20)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theDemoBudgetsAreSeeded() {
        Budget haven = users.as("oosterhaven", "bewoner", () -> budgets.published()).stream()
                .filter(b -> b.title().equals("Buurtbudget Havenkwartier")).findFirst().orElseThrow();
        assertThat(haven.phase()).isEqualTo(BudgetPhase.OPEN);
        assertThat(haven.totalCents()).isEqualTo(5_000_000L);
        assertThat(haven.projects()).hasSize(8);
        assertThat(haven.ballots()).isGreaterThanOrEqualTo(40);

        Budget speel = users.as("voorbeeld", "bewoner", () -> budgets.published()).stream()
                .filter(b -> b.method() == VotingMethod.APPROVAL && b.title().equals("Speelplekken in de wijken"))
                .findFirst().orElseThrow();
        assertThat(speel.phase()).isEqualTo(BudgetPhase.CLOSED);
        assertThat(users.as("voorbeeld", "bewoner", () -> results.of(speel.id())).winners()).hasSize(2);
    }
}
