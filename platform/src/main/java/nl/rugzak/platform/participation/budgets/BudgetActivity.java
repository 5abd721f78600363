package nl.rugzak.platform.participation.budgets;

import java.time.Clock;
import java.util.List;

import nl.rugzak.platform.modules.EnabledModules;
import nl.rugzak.platform.modules.ModuleActivity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** "Latest activity" on the home page: a vote that opened, results that came out. */
@Component
class BudgetActivity implements ModuleActivity {

    private final JdbcClient jdbc;
    private final EnabledModules modules;
    private final Clock clock;

    BudgetActivity(JdbcClient jdbc, EnabledModules modules, Clock clock) {
        this.jdbc = jdbc;
        this.modules = modules;
        this.clock = clock;
    }

    @Override
    public String module() {
        return BudgetsModule.ID;
    }

    @Override
    public List<Activity> recent(int limit) {
        if (!modules.isEnabled(BudgetsModule.ID)) {
            return List.of();
        }
        var now = Budgets.ts(clock.instant());
        return jdbc.sql("""
                        SELECT kind, title, id, at FROM (
                          SELECT 'vote-opened' AS kind, title, id, opens_at AS at FROM budget
                           WHERE published AND opens_at <= ?
                          UNION ALL
                          SELECT 'results', title, id, closes_at FROM budget WHERE published AND closes_at <= ?
                        ) a ORDER BY at DESC LIMIT ?""").params(now, now, limit)
                .query((rs, row) -> new Activity("budgets.activity." + rs.getString(1), rs.getString(2),
                        "/begroting/" + rs.getLong(3), rs.getTimestamp(4).toInstant())).list();
    }
}
