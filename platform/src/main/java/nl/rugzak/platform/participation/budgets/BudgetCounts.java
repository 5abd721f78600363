package nl.rugzak.platform.participation.budgets;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import nl.rugzak.platform.participation.CountQueries;
import nl.rugzak.platform.participation.ParticipationCounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Ballots handed in for a participatory budget (drafts are not counted), for the dashboards. */
@Component
class BudgetCounts implements ParticipationCounts {

    private final JdbcClient jdbc;

    BudgetCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<DailyCount> daily(LocalDate from) {
        return CountQueries.daily(jdbc, """
                SELECT day, 'ballot', 0, 0, count(*) FROM (
                  SELECT %s AS day FROM budget_ballot WHERE status = 'SUBMITTED') c
                 WHERE day >= ? GROUP BY day""".formatted(CountQueries.day("submitted_at")), from);
    }

    @Override
    public Set<Long> activeSince(Instant since) {
        return CountQueries.residents(jdbc, """
                SELECT resident_id FROM budget_ballot
                 WHERE status = 'SUBMITTED' AND resident_id IS NOT NULL AND submitted_at >= ?""", since);
    }
}
