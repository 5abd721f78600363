package nl.rugzak.platform.participation.polls;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import nl.rugzak.platform.participation.CountQueries;
import nl.rugzak.platform.participation.ParticipationCounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Votes on polls and sent survey responses (drafts are not counted), and how many took part in each. */
@Component
class PollCounts implements ParticipationCounts {

    private final JdbcClient jdbc;

    PollCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<DailyCount> daily(LocalDate from) {
        return CountQueries.daily(jdbc, """
                SELECT day, kind, 0, 0, count(*) FROM (
                  SELECT %s AS day, 'vote' AS kind FROM poll_vote
                  UNION ALL
                  SELECT %s, 'survey' FROM survey_response WHERE sent_at IS NOT NULL) c
                 WHERE day >= ? GROUP BY day, kind""".formatted(CountQueries.day("voted_at"),
                CountQueries.day("sent_at")), from);
    }

    @Override
    public Set<Long> activeSince(Instant since) {
        return CountQueries.residents(jdbc, """
                SELECT resident_id FROM poll_vote WHERE resident_id IS NOT NULL AND voted_at >= ?
                UNION SELECT resident_id FROM survey_response WHERE resident_id IS NOT NULL AND sent_at >= ?""", since);
    }

    @Override
    public List<Reach> reach() {
        return jdbc.sql("""
                        SELECT 'poll', p.id, p.question, (SELECT count(*) FROM poll_vote v WHERE v.poll_id = p.id)
                          FROM poll p WHERE p.published
                        UNION ALL
                        SELECT 'survey', s.id, s.title,
                               (SELECT count(*) FROM survey_response r WHERE r.survey_id = s.id AND r.sent_at IS NOT NULL)
                          FROM survey s WHERE s.published""")
                .query((rs, row) -> new Reach(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getLong(4))).list();
    }
}
