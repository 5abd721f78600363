package nl.rugzak.platform.participation.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import nl.rugzak.platform.participation.CountQueries;
import nl.rugzak.platform.participation.ParticipationCounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Registrations for events (also those on the waiting list: they wanted to come), for the dashboards. */
@Component
class EventCounts implements ParticipationCounts {

    private final JdbcClient jdbc;

    EventCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<DailyCount> daily(LocalDate from) {
        return CountQueries.daily(jdbc, """
                SELECT day, 'registration', 0, 0, count(*) FROM (SELECT %s AS day FROM event_registration) c
                 WHERE day >= ? GROUP BY day""".formatted(CountQueries.day("created_at")), from);
    }

    @Override
    public Set<Long> activeSince(Instant since) {
        return CountQueries.residents(jdbc,
                "SELECT resident_id FROM event_registration WHERE created_at >= ?", since);
    }
}
