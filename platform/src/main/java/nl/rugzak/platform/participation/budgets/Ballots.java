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
        Budget budget = published(budgetId);
        Eligibility allowed = eligibility.check(budgetId, me);
        var row = jdbc.sql("SELECT id, status, submitted_at FROM budget_ballot WHERE budget_id = ? AND resident_id = ?")
                .params(budgetId, me.residentId())
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getTimestamp(3)}).optional();
        boolean open = budget.phase() == BudgetPhase.OPEN && allowed.eligible();
        if (row.isEmpty()) {
            return new MyBallot(MyBallot.State.NONE, me.residentId(), Set.of(), null, open, allowed);
        }
        Object[] ballot = row.get();
        Set<Long> chosen = new HashSet<>(jdbc.sql("SELECT project_id FROM budget_ballot_choice WHERE ballot_id = ?")
                .param(ballot[0]).query(Long.class).list());
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
        Budget budget = checked(ballot, me, false);
        long ballotId = ballotOf(budget, me);
        String status = jdbc.sql("SELECT status FROM budget_ballot WHERE id = ? FOR UPDATE").param(ballotId)
                .query(String.class).single();
        if (status.equals("SUBMITTED")) {
            throw new InvalidBudgetException("budgets.ballot.already-submitted");
        }
        replaceChoices(ballotId, ballot.projectIds());
        jdbc.sql("UPDATE budget_ballot SET updated_at = ? WHERE id = ?")
                .params(Budgets.ts(clock.instant()), ballotId).update();
    }

    /**
     * Submits the choice. However often and however simultaneously this is called, a resident has one ballot (the
     * unique key) and the counts change once per actual change (the ballot row is locked while they change).
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void submit(BallotSubmission ballot) {
        Visitor me = writable();
        Budget budget = checked(ballot, me, true);
        long ballotId = ballotOf(budget, me);
        var row = jdbc.sql("SELECT status, shard FROM budget_ballot WHERE id = ? FOR UPDATE").param(ballotId)
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getInt(2)}).single();
        boolean resubmission = row[0].equals("SUBMITTED");
        int shard = (Integer) row[1];
        if (resubmission && !budget.changesAllowed()) {
            throw new InvalidBudgetException("budgets.ballot.already-submitted");
        }
        Set<Long> before = resubmission ? new HashSet<>(jdbc.sql(
                "SELECT project_id FROM budget_ballot_choice WHERE ballot_id = ?").param(ballotId).query(Long.class).list())
                : Set.of();
        if (!resubmission) {
            jdbc.sql("""
                            INSERT INTO budget_ballot_count (budget_id, shard, ballots) VALUES (?, ?, 1)
                            ON CONFLICT (budget_id, shard) DO UPDATE SET ballots = budget_ballot_count.ballots + 1""")
                    .params(budget.id(), shard).update();
        }
        count(budget.id(), shard, before, ballot.projectIds());
        replaceChoices(ballotId, ballot.projectIds());
        var now = Budgets.ts(clock.instant());
        jdbc.sql("UPDATE budget_ballot SET status = 'SUBMITTED', submitted_at = ?, updated_at = ? WHERE id = ?")
                .params(now, now, ballotId).update();
    }

    /**
     * Applies the difference between the old and the new choice to the counters, in project order (so two voters
     * in the same shard lock rows in the same order and never deadlock).
     */
    private void count(long budgetId, int shard, Set<Long> before, Set<Long> after) {
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

    private void replaceChoices(long ballotId, Set<Long> projectIds) {
        jdbc.sql("DELETE FROM budget_ballot_choice WHERE ballot_id = ?").param(ballotId).update();
        if (!projectIds.isEmpty()) {
            jdbc.sql("INSERT INTO budget_ballot_choice (ballot_id, project_id) SELECT ?, p FROM unnest(?::bigint[]) AS p")
                    .params(ballotId, projectIds.toArray(Long[]::new)).update();
        }
    }

    /** The resident's ballot row, made on first use; the unique key keeps it to one whatever the timing. */
    private long ballotOf(Budget budget, Visitor me) {
        jdbc.sql("""
                        INSERT INTO budget_ballot (budget_id, resident_id, status, shard, created_at, updated_at)
                        VALUES (?, ?, 'DRAFT', ?, ?, ?) ON CONFLICT (budget_id, resident_id) DO NOTHING""")
                .params(budget.id(), me.residentId(), (int) Math.floorMod(me.residentId(), (long) SHARDS),
                        Budgets.ts(clock.instant()), Budgets.ts(clock.instant()))
                .update();
        return jdbc.sql("SELECT id FROM budget_ballot WHERE budget_id = ? AND resident_id = ?")
                .params(budget.id(), me.residentId()).query(Long.class).single();
    }

    /** Every rule about the choice itself; nothing has been written yet when one fails. */
    private Budget checked(BallotSubmission ballot, Visitor me, boolean submitting) {
        if (ballot.voterId() != me.residentId()) {
            throw new AccessDeniedException(Texts.dutch("budgets.ballot.not-yours"));
        }
        // A share lock: many voters at once, but never while staff change amounts or costs (they take FOR UPDATE).
        jdbc.sql("SELECT id FROM budget WHERE id = ? AND published FOR SHARE").param(ballot.budgetId())
                .query(Long.class).optional().orElseThrow(() -> new NotFoundException("begroting"));
        Budget budget = reader.find(ballot.budgetId()).orElseThrow();
        var now = clock.instant();
        if (now.isBefore(budget.opensAt())) {
            throw new InvalidBudgetException("budgets.ballot.not-yet-open");
        }
        if (!now.isBefore(budget.closesAt())) {
            throw new InvalidBudgetException("budgets.ballot.closed");
        }
        Eligibility allowed = eligibility.check(budget.id(), me);
        if (!allowed.eligible()) {
            throw new InvalidBudgetException(allowed.reasonKey());
        }
        Map<Long, Long> costs = new java.util.HashMap<>();
        budget.projects().forEach(project -> costs.put(project.id(), project.costCents()));
        if (!costs.keySet().containsAll(ballot.projectIds())) {
            throw new InvalidBudgetException(Map.of("projects", FieldProblem.textKey("budgets.ballot.unknown-project")));
        }
        if (submitting && ballot.projectIds().isEmpty()) {
            throw new InvalidBudgetException(Map.of("projects", FieldProblem.textKey("budgets.ballot.empty")));
        }
        if (budget.method() == VotingMethod.KNAPSACK) {
            long total = ballot.projectIds().stream().mapToLong(costs::get).sum();
            if (total > budget.totalCents()) {
                throw new InvalidBudgetException(Map.of("projects", locale -> Texts.get(locale,
                        "budgets.ballot.over-budget", Euros.format(total, locale),
                        Euros.format(budget.totalCents(), locale))));
            }
        } else if (ballot.projectIds().size() > budget.maxChoices()) {
            throw new InvalidBudgetException(Map.of("projects", FieldProblem.textKey("budgets.ballot.too-many",
                    budget.maxChoices(), ballot.projectIds().size())));
        }
        return budget;
    }

    private Budget published(long budgetId) {
        return reader.find(budgetId).filter(Budget::published).orElseThrow(() -> new NotFoundException("begroting"));
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
