package nl.rugzak.platform.participation;

import java.time.Instant;
import java.time.LocalDate;
import java.sql.Date;
import java.sql.Timestamp;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The two queries every module's {@link ParticipationCounts} runs on its own tables, so each module writes only its
 * SQL. Days are counted in the municipality's time zone (a vote at 00:30 belongs to that Dutch day, not UTC's).
 */
public final class CountQueries {

    /** The calendar day of a timestamp column in SQL, e.g. {@code day("created_at")}. */
    public static String day(String column) {
        return "(" + column + " AT TIME ZONE 'Europe/Amsterdam')::date";
    }

    private CountQueries() {
    }

    /**
     * Runs {@code sql} with {@code from} as its only parameter; the query selects day, kind, project id, phase id and
     * count, in that order.
     */
    public static List<ParticipationCounts.DailyCount> daily(JdbcClient jdbc, String sql, LocalDate from) {
        return jdbc.sql(sql).param(Date.valueOf(from))
                .query((rs, row) -> new ParticipationCounts.DailyCount(rs.getDate(1).toLocalDate(), rs.getString(2),
                        rs.getLong(3), rs.getLong(4), rs.getLong(5))).list();
    }

    /** Runs {@code sql}, which selects resident ids, with {@code since} for each of its parameters. */
    public static Set<Long> residents(JdbcClient jdbc, String sql, Instant since) {
        Timestamp at = Timestamp.from(since);
        int parameters = (int) sql.chars().filter(c -> c == '?').count();
        var statement = jdbc.sql(sql);
        for (int i = 0; i < parameters; i++) {
            statement = statement.param(at);
        }
        return new HashSet<>(statement.query(Long.class).list());
    }
}
