package nl.rugzak.platform.participation.projects;

import java.util.List;

import nl.rugzak.platform.modules.EnabledModules;
import nl.rugzak.platform.modules.ModuleActivity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** New projects and closed ones (with their account) on the home page's latest activity. */
@Component
class ProjectActivity implements ModuleActivity {

    private final JdbcClient jdbc;
    private final EnabledModules modules;

    ProjectActivity(JdbcClient jdbc, EnabledModules modules) {
        this.jdbc = jdbc;
        this.modules = modules;
    }

    @Override
    public String module() {
        return ProjectsModule.ID;
    }

    @Override
    public List<Activity> recent(int limit) {
        if (!modules.isEnabled(ProjectsModule.ID)) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT kind, title, id, at FROM (
                          SELECT 'new' AS kind, title, id, published_at AS at FROM project WHERE status <> 'DRAFT'
                          UNION ALL
                          SELECT 'closed', title, id, closed_at FROM project WHERE status = 'CLOSED'
                        ) a ORDER BY at DESC LIMIT ?""").param(limit)
                .query((rs, row) -> new Activity("projects.activity." + rs.getString(1), rs.getString(2),
                        "/projecten/" + rs.getLong(3), rs.getTimestamp(4).toInstant())).list();
    }
}
