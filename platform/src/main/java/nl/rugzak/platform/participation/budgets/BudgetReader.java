package nl.rugzak.platform.participation.budgets;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads budgets and their projects from the module's own tables, without any check of who asks. */
@Component
class BudgetReader {

    private static final String BUDGET = """
            SELECT b.id, b.title, b.description, b.total_cents, b.method, b.max_choices, b.opens_at, b.closes_at,
                   b.changes_allowed, b.tie_rule, b.published,
                   (SELECT coalesce(sum(c.ballots), 0) FROM budget_ballot_count c WHERE c.budget_id = b.id) AS ballots,
                   EXISTS (SELECT 1 FROM budget_ballot x WHERE x.budget_id = b.id) AS locked
              FROM budget b""";

    private final JdbcClient jdbc;
    private final Clock clock;

    BudgetReader(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Optional<Budget> find(long id) {
        return jdbc.sql(BUDGET + " WHERE b.id = ?").param(id).query(this::budgetWithoutProjects).optional()
                .map(budget -> withProjects(budget, projects(id)));
    }

    /** The budget without its projects, for answers that need only its rules and where it stands. */
    Optional<Budget> findWithoutProjects(long id) {
        return jdbc.sql(BUDGET + " WHERE b.id = ?").param(id).query(this::budgetWithoutProjects).optional();
    }

    /**
     * What a ballot is checked against, in one round trip, under a share lock on the budget row: many voters at
     * once, but never while staff change its amount, costs or dates (they take FOR UPDATE on that row). Only the
     * chosen projects are read: how many of them belong to this budget and what they cost together.
     */
    Optional<BallotRules> rulesForBallot(long budgetId, java.util.Set<Long> projectIds) {
        Long[] chosen = projectIds.toArray(Long[]::new);
        return jdbc.sql("""
                        SELECT b.id, b.total_cents, b.method, b.max_choices, b.opens_at, b.closes_at, b.changes_allowed,
                               (SELECT count(*) FROM budget_project p
                                 WHERE p.budget_id = b.id AND p.id = ANY (?::bigint[])) AS known,
                               (SELECT coalesce(sum(p.cost_cents), 0) FROM budget_project p
                                 WHERE p.budget_id = b.id AND p.id = ANY (?::bigint[])) AS cost
                          FROM budget b WHERE b.id = ? AND b.published FOR SHARE OF b""")
                .params(chosen, chosen, budgetId)
                .query((rs, n) -> {
                    int max = rs.getInt("max_choices");
                    Integer maxChoices = rs.wasNull() ? null : max;
                    return new BallotRules(rs.getLong("id"), rs.getLong("total_cents"),
                            VotingMethod.valueOf(rs.getString("method")), maxChoices,
                            rs.getTimestamp("opens_at").toInstant(), rs.getTimestamp("closes_at").toInstant(),
                            rs.getBoolean("changes_allowed"), rs.getInt("known"), rs.getLong("cost"));
                }).optional();
    }

    /** Published budgets (or all, for staff), the ones still running first, each with its projects. */
    List<Budget> list(boolean includeUnpublished) {
        return jdbc.sql(BUDGET + (includeUnpublished ? "" : " WHERE b.published") + " ORDER BY b.closes_at DESC, b.id DESC")
                .query(this::budgetWithoutProjects).list().stream()
                .map(budget -> withProjects(budget, projects(budget.id()))).toList();
    }

    List<Budget.Project> projects(long budgetId) {
        return jdbc.sql("""
                        SELECT id, title, summary, cost_cents, image_alt, image_width, image_height,
                               image_bytes IS NOT NULL AS has_image, source_module, source_id, created_at
                          FROM budget_project WHERE budget_id = ? ORDER BY id""")
                .param(budgetId)
                .query((rs, row) -> {
                    boolean image = rs.getBoolean("has_image");
                    long id = rs.getLong("id");
                    long source = rs.getLong("source_id");
                    Long sourceId = rs.wasNull() ? null : source;
                    return new Budget.Project(id, rs.getString("title"), rs.getString("summary"),
                            rs.getLong("cost_cents"), image ? BudgetImages.url(id) : null,
                            image ? rs.getString("image_alt") : null, image ? rs.getInt("image_width") : null,
                            image ? rs.getInt("image_height") : null, rs.getString("source_module"), sourceId,
                            rs.getTimestamp("created_at").toInstant());
                }).list();
    }

    private Budget budgetWithoutProjects(ResultSet rs, int row) throws SQLException {
        int max = rs.getInt("max_choices");
        Integer maxChoices = rs.wasNull() ? null : max;
        var opens = rs.getTimestamp("opens_at").toInstant();
        var closes = rs.getTimestamp("closes_at").toInstant();
        boolean published = rs.getBoolean("published");
        return new Budget(rs.getLong("id"), rs.getString("title"), rs.getString("description"),
                rs.getLong("total_cents"), VotingMethod.valueOf(rs.getString("method")), maxChoices, opens, closes,
                rs.getBoolean("changes_allowed"), TieRule.valueOf(rs.getString("tie_rule")), published,
                BudgetPhase.of(published, opens, closes, clock.instant()), rs.getLong("ballots"),
                rs.getBoolean("locked"), List.of());
    }

    private static Budget withProjects(Budget b, List<Budget.Project> projects) {
        return new Budget(b.id(), b.title(), b.description(), b.totalCents(), b.method(), b.maxChoices(), b.opensAt(),
                b.closesAt(), b.changesAllowed(), b.tieRule(), b.published(), b.phase(), b.ballots(), b.locked(),
                projects);
    }
}
