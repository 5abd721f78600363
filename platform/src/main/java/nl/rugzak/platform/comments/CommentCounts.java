package nl.rugzak.platform.comments;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Comments per day and per module they were written under (deleted ones no longer count), for the participation
 * dashboards. Comments are a shared layer, so they report here rather than through a module's manifest.
 */
@Component
public class CommentCounts {

    /** Comments under items of {@code module} on {@code day} (Europe/Amsterdam). */
    public record DailyComments(LocalDate day, String module, long count) {
    }

    private final JdbcClient jdbc;

    CommentCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<DailyComments> daily(LocalDate from) {
        return jdbc.sql("""
                        SELECT day, module, count(*) FROM (
                          SELECT (created_at AT TIME ZONE 'Europe/Amsterdam')::date AS day, module FROM comment
                           WHERE deleted_at IS NULL) c
                         WHERE day >= ? GROUP BY day, module""")
                .param(Date.valueOf(from))
                .query((rs, row) -> new DailyComments(rs.getDate(1).toLocalDate(), rs.getString(2), rs.getLong(3)))
                .list();
    }

    /** Residents who wrote a comment at or after {@code since}. */
    public Set<Long> activeSince(Instant since) {
        return new HashSet<>(jdbc.sql("SELECT DISTINCT author_id FROM comment WHERE deleted_at IS NULL AND created_at >= ?")
                .param(Timestamp.from(since)).query(Long.class).list());
    }
}
