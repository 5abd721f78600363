package nl.rugzak.platform.participation.initiatives;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import nl.rugzak.platform.participation.CountQueries;
import nl.rugzak.platform.participation.ParticipationCounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Initiatives sent in (drafts are not yet a contribution) and supports given, for the dashboards. */
@Component
class InitiativeCounts implements ParticipationCounts {

    private final JdbcClient jdbc;

    InitiativeCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<DailyCount> daily(LocalDate from) {
        return CountQueries.daily(jdbc, """
                SELECT day, kind, 0, 0, count(*) FROM (
                  SELECT %s AS day, 'initiative' AS kind FROM initiative WHERE status <> 'DRAFT'
                  UNION ALL
                  SELECT %s, 'support' FROM initiative_support) c
                 WHERE day >= ? GROUP BY day, kind""".formatted(CountQueries.day("created_at"),
                CountQueries.day("created_at")), from);
    }

    @Override
    public Set<Long> activeSince(Instant since) {
        return CountQueries.residents(jdbc, """
                SELECT owner_id FROM initiative WHERE status <> 'DRAFT' AND owner_id IS NOT NULL AND created_at >= ?
                UNION SELECT resident_id FROM initiative_support WHERE created_at >= ?""", since);
    }
}
