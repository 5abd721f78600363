package nl.rugzak.platform.dashboard;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.rugzak.tenantadmin.tenancy.TenantContext;
import nl.rugzak.tenantadmin.time.Dates;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads the current tenant's figures from the roll-up's sums only (a handful of small queries, no contributions). */
@Component
class FiguresReader {

    static final int WEEKS = 12;
    static final int MONTHS = 12;
    private static final int REACH_ROWS = 20;

    private final JdbcClient jdbc;
    private final Clock clock;

    FiguresReader(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Figures read() {
        TenantContext.require();
        var summary = jdbc.sql("SELECT residents, active_30, active_90, rolled_up_at FROM participation_summary")
                .query((rs, row) -> new long[]{rs.getLong(1), rs.getLong(2), rs.getLong(3),
                        rs.getTimestamp(4).getTime()}).optional();
        List<Figures.ModuleCount> perModule = jdbc.sql("""
                        SELECT module, kind, sum(count) FROM participation_daily
                         GROUP BY module, kind ORDER BY sum(count) DESC, module, kind""")
                .query((rs, row) -> new Figures.ModuleCount(rs.getString(1), rs.getString(2), rs.getLong(3))).list();
        LocalDate today = clock.instant().atZone(Dates.ZONE).toLocalDate();
        LocalDate firstWeek = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(WEEKS - 1);
        LocalDate firstMonth = today.withDayOfMonth(1).minusMonths(MONTHS - 1);
        List<Figures.PhaseCount> perPhase = jdbc.sql("""
                        SELECT p.project_title, p.phase_title, sum(d.count) FROM participation_daily d
                          JOIN participation_phase p ON p.phase_id = d.phase_id
                         GROUP BY p.project_id, p.project_title, p.phase_id, p.phase_title
                         ORDER BY p.project_title, p.phase_id""")
                .query((rs, row) -> new Figures.PhaseCount(rs.getString(1), rs.getString(2), rs.getLong(3))).list();
        List<Figures.ReachCount> reach = jdbc.sql("""
                        SELECT module, kind, title, participants FROM participation_reach
                         ORDER BY participants DESC, title LIMIT ?""").param(REACH_ROWS)
                .query((rs, row) -> new Figures.ReachCount(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getLong(4))).list();
        long total = perModule.stream().mapToLong(Figures.ModuleCount::count).sum();
        return new Figures(summary.map(s -> s[0]).orElse(0L), summary.map(s -> s[1]).orElse(0L),
                summary.map(s -> s[2]).orElse(0L), total,
                summary.map(s -> java.time.Instant.ofEpochMilli(s[3])).orElse(null), perModule,
                periods("week", firstWeek, WEEKS, ChronoUnit.WEEKS), periods("month", firstMonth, MONTHS, ChronoUnit.MONTHS),
                perPhase, reach);
    }

    /** Every week or month from {@code first} on, also those without contributions (a gap is a figure too). */
    private List<Figures.PeriodCount> periods(String unit, LocalDate first, int count, ChronoUnit step) {
        Map<LocalDate, Long> sums = new HashMap<>();
        jdbc.sql("SELECT date_trunc('" + unit + "', day)::date, sum(count) FROM participation_daily WHERE day >= ? GROUP BY 1")
                .param(Date.valueOf(first))
                .query((rs, row) -> sums.put(rs.getDate(1).toLocalDate(), rs.getLong(2))).list();
        List<Figures.PeriodCount> periods = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            LocalDate start = first.plus(i, step);
            periods.add(new Figures.PeriodCount(start, sums.getOrDefault(start, 0L)));
        }
        return periods;
    }
}
