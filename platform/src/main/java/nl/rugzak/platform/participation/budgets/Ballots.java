package nl.rugzak.platform.participation.budgets;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import nl.rugzak.platform.content.FieldProblem;
import nl.rugzak.platform.content.NotFoundException;
import nl.rugzak.platform.modules.EnabledModules;
import nl.rugzak.platform.operations.Participation;
import nl.rugzak.platform.residents.CurrentUser;
import nl.rugzak.platform.residents.CurrentUser.Visitor;
import nl.rugzak.tenantadmin.lifecycle.TenantWriteGuard;
import nl.rugzak.tenantadmin.text.Texts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A resident's ballot: built as a draft (kept between visits), then submitted. Every rule is checked here, not only in
 * the page: the voting period on the application clock, eligibility, the budget or the maximum number of choices,
 * that the projects belong to this budget and that the voter is the one logged in. A submitted ballot is final unless
 * the municipality allows changes until closing. The counts are changed in the same transaction as the ballot.
 */
@Service
public class Ballots {

    /** Counter rows per project: simultaneous voters mostly land on different rows and do not wait for each other. */
    static final int SHARDS = 16;

    private final JdbcClient jdbc;
    private final EnabledModules modules;
    private final CurrentUser currentUser;
    private final TenantWriteGuard writeGuard;
    private final BudgetReader reader;
    private final BallotEligibility eligibility;
    private final Clock clock;

    Ballots(JdbcClient jdbc, EnabledModules modules, CurrentUser currentUser, TenantWriteGuard writeGuard,
            BudgetReader reader, BallotEligibility eligibility, Clock clock) {
        this.jdbc = jdbc;
        this.modules = modules;
        this.currentUser = currentUser;
        this.writeGuard = writeGuard;
        this.reader = reader;
        this.eligibility = eligibility;
        this.clock = clock;
    }

    /** The visitor's own ballot in this budget (an empty one when they have none yet). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public MyBallot mine(long budgetId) {
        modules.require(BudgetsModule.ID);
        Visitor me = currentUser.require();
        // Only the budget's rules and where it stands: its projects are not needed for the ballot itself.
        Budget budget = reader.findWithoutProjects(budgetId).filter(Budget::published)
                .orElseThrow(() -> new NotFoundException("begroting"));
        Eligibility allowed = eligibility.check(budgetId, me);
        var row = jdbc.sql("SELECT id, status, submitted_at FROM budget_ballot WHERE budget_id = ? AND resident_id = ?")
                .params(budgetId, me.residentId())
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getTimestamp(3)}).optional();
        boolean open = budget.phase() == BudgetPhase.OPEN && allowed.eligible();
        if (row.isEmpty()) {
            return new MyBallot(MyBallot.State.NONE, me.residentId(), Set.of(), null, open, allowed);
        }
        Object[] ballot = row.get();
        Set<Long> chosen = choicesOf((Long) ballot[0]);
        MyBallot.State state = MyBallot.State.valueOf((String) ballot[1]);
        var submittedAt = ballot[2] == null ? null : ((java.sql.Timestamp) ballot[2]).toInstant();
        return new MyBallot(state, me.residentId(), chosen, submittedAt,
                open && (state == MyBallot.State.DRAFT || budget.changesAllowed()), allowed);
    }

    /** Keeps the choice so far, without submitting it; it must already be a valid choice. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void saveDraft(BallotSubmission ballot) {
        Visitor me = writable();
        BallotRules rules = checked(ballot, me, false);
        LockedBallot mine = lockedBallot(rules, me);
        if (mine.submitted()) {
            throw new InvalidBudgetException("budgets.ballot.already-submitted");
        }
        storeChoices(mine.id(), ballot.projectIds(), false);
    }

    /**
     * Submits the choice. However often and however simultaneously this is called, a resident has one ballot (the
     * unique key) and the counts change once per actual change (the ballot row is locked while they change).
     * Few round trips, and the shared counter rows last, just before the commit: every statement is time in which
     * the other voters of the same shard wait for those rows.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void submit(BallotSubmission ballot) {
        Visitor me = writable();
        BallotRules rules = checked(ballot, me, true);
        LockedBallot mine = lockedBallot(rules, me);
        boolean resubmission = mine.submitted();
        if (resubmission && !rules.changesAllowed()) {
            throw new InvalidBudgetException("budgets.ballot.already-submitted");
        }
        Set<Long> before = resubmission ? choicesOf(mine.id()) : Set.of();
        storeChoices(mine.id(), ballot.projectIds(), true);
        if (resubmission) {
            recount(rules.budgetId(), mine.shard(), before, ballot.projectIds());
        } else {
            countFirst(rules.budgetId(), mine.shard(), ballot.projectIds());
            Participation.counted(BudgetsModule.ID, "ballot");
        }
    }

    /**
     * A first submission: one more ballot in the shard and one more vote for each chosen project, in one statement.
     * The vote rows are taken in project order (as in {@link #recount}), so two voters of one shard never deadlock.
     */
    private void countFirst(long budgetId, int shard, Set<Long> chosen) {
        jdbc.sql("""
                        WITH ballot AS (
                          INSERT INTO budget_ballot_count (budget_id, shard, ballots) VALUES (?, ?, 1)
                          ON CONFLICT (budget_id, shard) DO UPDATE SET ballots = budget_ballot_count.ballots + 1)
                        INSERT INTO budget_vote_count (project_id, shard, budget_id, votes)
                        SELECT p, ?, ?, 1 FROM unnest(?::bigint[]) AS p ORDER BY p
                        ON CONFLICT (project_id, shard) DO UPDATE SET votes = budget_vote_count.votes + 1""")
                .params(budgetId, shard, shard, budgetId, chosen.toArray(Long[]::new)).update();
    }

    /**
     * A changed submission (only where the municipality allows changes): applies the difference between the old and
     * the new choice to the counters, in project order (so two voters in the same shard lock rows in the same order
     * and never deadlock).
     */
    private void recount(long budgetId, int shard, Set<Long> before, Set<Long> after) {
        TreeSet<Long> changed = new TreeSet<>();
        before.stream().filter(id -> !after.contains(id)).forEach(changed::add);
        after.stream().filter(id -> !before.contains(id)).forEach(changed::add);
        for (long projectId : changed) {
            if (after.contains(projectId)) {
                jdbc.sql("""
                                INSERT INTO budget_vote_count (project_id, shard, budget_id, votes) VALUES (?, ?, ?, 1)
                                ON CONFLICT (project_id, shard) DO UPDATE SET votes = budget_vote_count.votes + 1""")
                        .params(projectId, shard, budgetId).update();
            } else {
                // A plain update: PostgreSQL checks an upsert's proposed row (votes -1) before it finds the conflict.
                jdbc.sql("UPDATE budget_vote_count SET votes = votes - 1 WHERE project_id = ? AND shard = ?")
                        .params(projectId, shard).update();
            }
        }
    }

    /**
     * Makes the ballot hold exactly these projects and stamps it (submitted, or a draft kept), in one statement. The
     * projects removed and the ones added never overlap, so the delete and the insert cannot trip over each other.
     */
    private void storeChoices(long ballotId, Set<Long> projectIds, boolean submitting) {
        Long[] chosen = projectIds.toArray(Long[]::new);
        var now = Budgets.ts(clock.instant());
        List<Object> params = new java.util.ArrayList<>(List.of(ballotId, chosen, ballotId, chosen));
        String stamp;
        if (submitting) {
            stamp = "UPDATE budget_ballot SET status = 'SUBMITTED', submitted_at = ?, updated_at = ? WHERE id = ?";
            params.addAll(List.of(now, now, ballotId));
        } else {
            stamp = "UPDATE budget_ballot SET updated_at = ? WHERE id = ?";
            params.addAll(List.of(now, ballotId));
        }
        jdbc.sql("""
                        WITH gone AS (
                          DELETE FROM budget_ballot_choice WHERE ballot_id = ? AND project_id <> ALL (?::bigint[])),
                        added AS (
                          INSERT INTO budget_ballot_choice (ballot_id, project_id)
                          SELECT ?, p FROM unnest(?::bigint[]) AS p ON CONFLICT DO NOTHING)
                        """ + stamp)
                .params(params).update();
    }

    private Set<Long> choicesOf(long ballotId) {
        return new HashSet<>(jdbc.sql("SELECT project_id FROM budget_ballot_choice WHERE ballot_id = ?")
                .param(ballotId).query(Long.class).list());
    }

    /** The resident's ballot row, made on first use and locked. */
    private record LockedBallot(long id, boolean submitted, int shard) {
    }

    /**
     * The resident's ballot, made on first use, locked until the commit, in one statement: the unique key keeps it to
     * one whatever the timing, and an existing ballot is "updated" to itself only to take its row lock (as FOR UPDATE
     * would), so a simultaneous submission by the same resident waits here and then sees this one's outcome.
     */
    private LockedBallot lockedBallot(BallotRules rules, Visitor me) {
        var now = Budgets.ts(clock.instant());
        return jdbc.sql("""
                        INSERT INTO budget_ballot (budget_id, resident_id, status, shard, created_at, updated_at)
                        VALUES (?, ?, 'DRAFT', ?, ?, ?)
                        ON CONFLICT (budget_id, resident_id) DO UPDATE SET status = budget_ballot.status
                        RETURNING id, status, shard""")
                .params(rules.budgetId(), me.residentId(), (int) Math.floorMod(me.residentId(), (long) SHARDS), now, now)
                .query((rs, n) -> new LockedBallot(rs.getLong(1), rs.getString(2).equals("SUBMITTED"), rs.getInt(3)))
                .single();
    }

    /** Every rule about the choice itself; nothing has been written yet when one fails. */
    private BallotRules checked(BallotSubmission ballot, Visitor me, boolean submitting) {
        if (ballot.voterId() != me.residentId()) {
            throw new AccessDeniedException(Texts.dutch("budgets.ballot.not-yours"));
        }
        BallotRules rules = reader.rulesForBallot(ballot.budgetId(), ballot.projectIds())
                .orElseThrow(() -> new NotFoundException("begroting"));
        var now = clock.instant();
        if (now.isBefore(rules.opensAt())) {
            throw new InvalidBudgetException("budgets.ballot.not-yet-open");
        }
        if (!now.isBefore(rules.closesAt())) {
            throw new InvalidBudgetException("budgets.ballot.closed");
        }
        Eligibility allowed = eligibility.check(rules.budgetId(), me);
        if (!allowed.eligible()) {
            throw new InvalidBudgetException(allowed.reasonKey());
        }
        if (rules.knownProjects() != ballot.projectIds().size()) {
            throw new InvalidBudgetException(Map.of("projects", FieldProblem.textKey("budgets.ballot.unknown-project")));
        }
        if (submitting && ballot.projectIds().isEmpty()) {
            throw new InvalidBudgetException(Map.of("projects", FieldProblem.textKey("budgets.ballot.empty")));
        }
        if (rules.method() == VotingMethod.KNAPSACK) {
            long total = rules.chosenCostCents();
            if (total > rules.totalCents()) {
                throw new InvalidBudgetException(Map.of("projects", locale -> Texts.get(locale,
                        "budgets.ballot.over-budget", Euros.format(total, locale),
                        Euros.format(rules.totalCents(), locale))));
            }
        } else if (ballot.projectIds().size() > rules.maxChoices()) {
            throw new InvalidBudgetException(Map.of("projects", FieldProblem.textKey("budgets.ballot.too-many",
                    rules.maxChoices(), ballot.projectIds().size())));
        }
        return rules;
    }

    private Visitor writable() {
        modules.require(BudgetsModule.ID);
        Visitor me = currentUser.require();
        writeGuard.requireWritable();
        return me;
    }

    static List<Long> sorted(Set<Long> ids) {
        return new java.util.ArrayList<>(new TreeSet<>(ids));
    }
}
