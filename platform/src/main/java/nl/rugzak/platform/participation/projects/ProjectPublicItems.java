package nl.rugzak.platform.participation.projects;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import nl.rugzak.platform.modules.EnabledModules;
import nl.rugzak.platform.participation.PublicItems;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Published and closed projects as public items, for other modules' pickers and frames. */
@Component
class ProjectPublicItems implements PublicItems {

    private static final String SELECT = """
            SELECT id, title, summary, status, coalesce(published_at, created_at) AS at, updated_at,
                   image_bytes IS NOT NULL AS has_image, image_alt FROM project""";

    private final JdbcClient jdbc;
    private final EnabledModules modules;

    ProjectPublicItems(JdbcClient jdbc, EnabledModules modules) {
        this.jdbc = jdbc;
        this.modules = modules;
    }

    @Override
    public Optional<Item> find(long id) {
        if (!modules.isEnabled(ProjectsModule.ID)) {
            return Optional.empty();
        }
        return jdbc.sql(SELECT + " WHERE id = ? AND status <> 'DRAFT'").param(id).query(this::item).optional();
    }

    @Override
    public List<Item> recent(int limit) {
        if (!modules.isEnabled(ProjectsModule.ID)) {
            return List.of();
        }
        return jdbc.sql(SELECT + " WHERE status <> 'DRAFT' ORDER BY at DESC, id DESC LIMIT ?").param(limit)
                .query(this::item).list();
    }

    private Item item(ResultSet rs, int row) throws SQLException {
        long id = rs.getLong("id");
        boolean image = rs.getBoolean("has_image");
        return new Item(ProjectsModule.ID, id, rs.getString("title"), rs.getString("summary"), "/projecten/" + id,
                ProjectStatus.valueOf(rs.getString("status")).key(), rs.getTimestamp("at").toInstant(),
                image ? ProjectImageController.url(id, rs.getTimestamp("updated_at").toInstant()) : null,
                image ? rs.getString("image_alt") : null);
    }
}
