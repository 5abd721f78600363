package nl.rugzak.platform.participation.consultations;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import nl.rugzak.platform.content.ContentRef;
import nl.rugzak.platform.moderation.ModeratedContent;
import nl.rugzak.platform.moderation.ModeratedItem;
import nl.rugzak.platform.moderation.Visibility;
import nl.rugzak.platform.modules.EnabledModules;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Public reactions as moderation sees them: reported ones can be hidden (they then leave the page and the report, and
 * the report says how many were left out). Formal views are never public, so they are not moderation's business.
 */
@Component
class ReactionModeration implements ModeratedContent {

    private static final String SELECT = """
            SELECT r.id, r.consultation_id, r.body, r.hidden, r.created_at, c.title, p.subject, p.display_name
              FROM consultation_reaction r JOIN consultation c ON c.id = r.consultation_id
              LEFT JOIN resident p ON p.id = r.resident_id
             WHERE c.kind = 'OPEN'""";

    private final JdbcClient jdbc;
    private final EnabledModules modules;

    ReactionModeration(JdbcClient jdbc, EnabledModules modules) {
        this.jdbc = jdbc;
        this.modules = modules;
    }

    @Override
    public String module() {
        return ConsultationsModule.ID;
    }

    @Override
    public Optional<ModeratedItem> find(long itemId) {
        if (!modules.isEnabled(ConsultationsModule.ID)) {
            return Optional.empty();
        }
        return jdbc.sql(SELECT + " AND r.id = ?").param(itemId).query(this::item).optional();
    }

    /** Reactions are published straight away and moderated afterwards: nothing waits. */
    @Override
    public List<ModeratedItem> pending() {
        return List.of();
    }

    @Override
    public void changeVisibility(long itemId, Visibility visibility) {
        jdbc.sql("UPDATE consultation_reaction SET hidden = ? WHERE id = ?")
                .params(visibility == Visibility.HIDDEN, itemId).update();
    }

    private ModeratedItem item(ResultSet rs, int row) throws SQLException {
        String name = rs.getString("display_name");
        String body = rs.getString("body");
        return new ModeratedItem(new ContentRef(ConsultationsModule.ID, rs.getLong("id")), rs.getString("title"),
                "consultations.moderation.title", body.length() > 300 ? body.substring(0, 300) + "…" : body,
                rs.getString("subject"), name == null ? "verwijderde deelnemer" : name,
                "/inspraak/" + rs.getLong("consultation_id"),
                rs.getBoolean("hidden") ? Visibility.HIDDEN : Visibility.VISIBLE, rs.getTimestamp("created_at").toInstant());
    }
}
