package nl.rugzak.platform.participation.ideas;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.rugzak.platform.modules.EnabledModules;
import nl.rugzak.platform.participation.PublicItems;
import nl.rugzak.platform.participation.projects.ProjectPhases;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Ideas as public items: {@link #find} resolves any visible idea of a public project; {@link #recent} offers only the
 * ideas the municipality selected, which is what a later phase (a budget, a choice) builds on.
 */
@Component
class IdeaPublicItems implements PublicItems {

    private static final String SELECT = """
            SELECT i.id, i.phase_id, p.project_id, i.title, i.description, i.status, i.created_at, i.updated_at,
                   i.image_bytes IS NOT NULL AS has_image, i.image_alt
              FROM idea i JOIN idea_phase p ON p.phase_id = i.phase_id WHERE NOT i.hidden AND NOT i.waiting""";

    private final JdbcClient jdbc;
    private final EnabledModules modules;
    private final ProjectPhases phases;

    IdeaPublicItems(JdbcClient jdbc, EnabledModules modules, ProjectPhases phases) {
        this.jdbc = jdbc;
        this.modules = modules;
        this.phases = phases;
    }

    @Override
    public Optional<Item> find(long id) {
        if (!modules.isEnabled(IdeasModule.ID)) {
            return Optional.empty();
        }
        return jdbc.sql(SELECT + " AND i.id = ?").param(id).query(this::row).optional()
                .filter(row -> phases.find(row.phaseId()).isPresent()).map(Row::item);
    }

    @Override
    public List<Item> findAll(List<Long> ids) {
        if (!modules.isEnabled(IdeasModule.ID) || ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Boolean> visiblePhases = new HashMap<>();
        return jdbc.sql(SELECT + " AND i.id = ANY(?)").param(ids.toArray(Long[]::new)).query(this::row).list().stream()
                .filter(row -> visiblePhases.computeIfAbsent(row.phaseId(), phase -> phases.find(phase).isPresent()))
                .map(Row::item).toList();
    }

    @Override
    public List<Item> recent(int limit) {
        if (!modules.isEnabled(IdeasModule.ID)) {
            return List.of();
        }
        return jdbc.sql(SELECT + " AND i.status = 'SELECTED' ORDER BY i.updated_at DESC, i.id DESC LIMIT ?")
                .param(limit).query(this::row).list().stream()
                .filter(row -> phases.find(row.phaseId()).isPresent()).map(Row::item).toList();
    }

    private record Row(long phaseId, Item item) {
    }

    private Row row(ResultSet rs, int n) throws SQLException {
        long id = rs.getLong("id");
        boolean image = rs.getBoolean("has_image");
        String text = rs.getString("description");
        return new Row(rs.getLong("phase_id"), new Item(IdeasModule.ID, id, rs.getString("title"),
                text.length() > 300 ? text.substring(0, 297) + "…" : text, Ideas.link(rs.getLong("project_id"), id),
                IdeaStatus.valueOf(rs.getString("status")).key(), rs.getTimestamp("created_at").toInstant(),
                image ? IdeaImageController.url(id, rs.getTimestamp("updated_at").toInstant()) : null,
                image ? rs.getString("image_alt") : null));
    }
}
