package nl.rugzak.platform.participation.ideas;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import nl.rugzak.platform.content.ContentRef;
import nl.rugzak.platform.modules.EnabledModules;
import nl.rugzak.platform.moderation.ModeratedContent;
import nl.rugzak.platform.moderation.ModeratedItem;
import nl.rugzak.platform.moderation.Visibility;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Ideas as moderation sees them: under pre-moderation a new idea waits; hiding takes one out of sight. */
@Component
class IdeaModeration implements ModeratedContent {

    private static final String SELECT = """
            SELECT i.id, p.project_id, i.title, i.description, i.hidden, i.waiting, i.created_at, r.subject, r.display_name
              FROM idea i JOIN idea_phase p ON p.phase_id = i.phase_id LEFT JOIN resident r ON r.id = i.owner_id""";

    private final JdbcClient jdbc;
    private final EnabledModules modules;

    IdeaModeration(JdbcClient jdbc, EnabledModules modules) {
        this.jdbc = jdbc;
        this.modules = modules;
    }

    @Override
    public String module() {
        return IdeasModule.ID;
    }

    @Override
    public Optional<ModeratedItem> find(long itemId) {
        if (!modules.isEnabled(IdeasModule.ID)) {
            return Optional.empty();
        }
        return jdbc.sql(SELECT + " WHERE i.id = ?").param(itemId).query(this::item).optional();
    }

    @Override
    public List<ModeratedItem> pending() {
        if (!modules.isEnabled(IdeasModule.ID)) {
            return List.of();
        }
        return jdbc.sql(SELECT + " WHERE i.waiting AND NOT i.hidden ORDER BY i.created_at").query(this::item).list();
    }

    @Override
    public void changeVisibility(long itemId, Visibility visibility) {
        switch (visibility) {
            case HIDDEN -> jdbc.sql("UPDATE idea SET hidden = true, updated_at = now() WHERE id = ?").param(itemId).update();
            case VISIBLE -> jdbc.sql("UPDATE idea SET hidden = false, waiting = false, updated_at = now() WHERE id = ?")
                    .param(itemId).update();
            case PENDING -> jdbc.sql("UPDATE idea SET hidden = false, waiting = true, updated_at = now() WHERE id = ?")
                    .param(itemId).update();
        }
    }

    private ModeratedItem item(ResultSet rs, int row) throws SQLException {
        Visibility visibility = rs.getBoolean("hidden") ? Visibility.HIDDEN
                : rs.getBoolean("waiting") ? Visibility.PENDING : Visibility.VISIBLE;
        String name = rs.getString("display_name");
        String text = rs.getString("description");
        return new ModeratedItem(new ContentRef(IdeasModule.ID, rs.getLong("id")), rs.getString("title"),
                text.length() > 300 ? text.substring(0, 300) : text, rs.getString("subject"),
                name == null ? "verwijderde deelnemer" : name, Ideas.link(rs.getLong("project_id"), rs.getLong("id")),
                visibility, rs.getTimestamp("created_at").toInstant());
    }
}
