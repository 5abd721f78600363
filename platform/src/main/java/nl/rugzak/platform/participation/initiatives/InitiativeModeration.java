package nl.rugzak.platform.participation.initiatives;

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

/**
 * Initiatives as moderation sees them: a submitted one waits for approval (approving publishes it), hiding takes a
 * published one out of sight without changing its status. Drafts are nobody's business but the owner's.
 */
@Component
class InitiativeModeration implements ModeratedContent {

    private static final String SELECT = """
            SELECT i.id, i.title, i.summary, i.status, i.hidden, i.created_at, r.subject, r.display_name
              FROM initiative i LEFT JOIN resident r ON r.id = i.owner_id""";

    private final JdbcClient jdbc;
    private final EnabledModules modules;

    InitiativeModeration(JdbcClient jdbc, EnabledModules modules) {
        this.jdbc = jdbc;
        this.modules = modules;
    }

    @Override
    public String module() {
        return InitiativesModule.ID;
    }

    @Override
    public Optional<ModeratedItem> find(long itemId) {
        if (!modules.isEnabled(InitiativesModule.ID)) {
            return Optional.empty();
        }
        return jdbc.sql(SELECT + " WHERE i.id = ? AND i.status <> 'DRAFT'").param(itemId).query(this::item).optional();
    }

    @Override
    public List<ModeratedItem> pending() {
        if (!modules.isEnabled(InitiativesModule.ID)) {
            return List.of();
        }
        return jdbc.sql(SELECT + " WHERE i.status = 'SUBMITTED' AND NOT i.hidden ORDER BY i.updated_at").query(this::item).list();
    }

    @Override
    public void changeVisibility(long itemId, Visibility visibility) {
        switch (visibility) {
            case HIDDEN -> jdbc.sql("UPDATE initiative SET hidden = true, updated_at = now() WHERE id = ?").param(itemId).update();
            case VISIBLE -> {
                jdbc.sql("UPDATE initiative SET hidden = false, updated_at = now() WHERE id = ?").param(itemId).update();
                int published = jdbc.sql("""
                        UPDATE initiative SET status = 'PUBLISHED', published_at = coalesce(published_at, now())
                         WHERE id = ? AND status = 'SUBMITTED'""").param(itemId).update();
                if (published == 1) {
                    jdbc.sql("""
                            INSERT INTO initiative_status_change (initiative_id, from_status, to_status, changed_by, by_moderation)
                            VALUES (?, 'SUBMITTED', 'PUBLISHED', 'Moderatie', true)""")
                            .param(itemId).update();
                }
            }
            case PENDING -> jdbc.sql("UPDATE initiative SET hidden = false, status = 'SUBMITTED' WHERE id = ? AND status = 'PUBLISHED'")
                    .param(itemId).update();
        }
    }

    private ModeratedItem item(ResultSet rs, int row) throws SQLException {
        InitiativeStatus status = InitiativeStatus.valueOf(rs.getString("status"));
        Visibility visibility = rs.getBoolean("hidden") ? Visibility.HIDDEN
                : status == InitiativeStatus.SUBMITTED ? Visibility.PENDING : Visibility.VISIBLE;
        String name = rs.getString("display_name");
        return new ModeratedItem(new ContentRef(InitiativesModule.ID, rs.getLong("id")), rs.getString("title"),
                rs.getString("summary"), rs.getString("subject"), name == null ? "verwijderde deelnemer" : name,
                "/initiatieven/" + rs.getLong("id"), visibility, rs.getTimestamp("created_at").toInstant());
    }
}
