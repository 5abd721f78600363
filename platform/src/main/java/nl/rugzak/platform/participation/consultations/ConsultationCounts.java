package nl.rugzak.platform.participation.consultations;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import nl.rugzak.platform.participation.CountQueries;
import nl.rugzak.platform.participation.ParticipationCounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reactions on consultations, and per published consultation how many people reacted. */
@Component
class ConsultationCounts implements ParticipationCounts {

    private final JdbcClient jdbc;

    ConsultationCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<DailyCount> daily(LocalDate from) {
        return CountQueries.daily(jdbc, """
                SELECT day, 'reaction', 0, 0, count(*) FROM (SELECT %s AS day FROM consultation_reaction) c
                 WHERE day >= ? GROUP BY day""".formatted(CountQueries.day("created_at")), from);
    }

    @Override
    public Set<Long> activeSince(Instant since) {
        return CountQueries.residents(jdbc, """
                SELECT resident_id FROM consultation_reaction WHERE resident_id IS NOT NULL AND created_at >= ?""", since);
    }

    @Override
    public List<Reach> reach() {
        // People, not reactions: one resident reacting on five alineas is one reached. Reactions whose account was
        // removed still count as one person each.
        return jdbc.sql("""
                        SELECT c.id, c.title,
                               (SELECT count(DISTINCT r.resident_id) + count(*) FILTER (WHERE r.resident_id IS NULL)
                                  FROM consultation_reaction r WHERE r.consultation_id = c.id)
                          FROM consultation c WHERE c.published_at IS NOT NULL""")
                .query((rs, row) -> new Reach("consultation", rs.getLong(1), rs.getString(2), rs.getLong(3))).list();
    }
}
