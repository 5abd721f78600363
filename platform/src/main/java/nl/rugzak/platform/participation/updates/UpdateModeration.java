package nl.rugzak.platform.participation.updates;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import nl.rugzak.platform.content.ContentRef;
import nl.rugzak.platform.content.SafeMarkdown;
import nl.rugzak.platform.moderation.ModeratedContent;
import nl.rugzak.platform.moderation.ModeratedItem;
import nl.rugzak.platform.moderation.Visibility;
import nl.rugzak.platform.modules.EnabledModules;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Updates as moderation and comments see them: VISIBLE only while the public can read them (so nobody comments on a
 * scheduled one early), HIDDEN when a moderator took one down. Drafts are nobody's business but their authors'.
 */
@Component
class UpdateModeration implements ModeratedContent {

    private final JdbcClient jdbc;
    private final EnabledModules modules;
    private final UpdateRows rows;
    private final SafeMarkdown markdown;
    private final UpdateNotices notices;

    UpdateModeration(JdbcClient jdbc, EnabledModules modules, UpdateRows rows, SafeMarkdown markdown,
                     UpdateNotices notices) {
        this.notices = notices;
        this.jdbc = jdbc;
        this.modules = modules;
        this.rows = rows;
        this.markdown = markdown;
    }

    @Override
    public String module() {
        return UpdatesModule.ID;
    }

    /** Followers hear of news that waited for a moderator when it is approved, as they would have at posting. */
    @Override
    public void approved(long itemId) {
        notices.published(itemId);
    }

    @Override
    public Optional<ModeratedItem> find(long itemId) {
        if (!modules.isEnabled(UpdatesModule.ID)) {
            return Optional.empty();
        }
        return jdbc.sql(UpdateRows.select() + " WHERE u.id = :id AND u.status <> 'DRAFT'").params(rows.publicParams())
                .param("id", itemId).query(this::item).optional();
    }

    @Override
    public List<ModeratedItem> pending() {
        if (!modules.isEnabled(UpdatesModule.ID)) {
            return List.of();
        }
        return jdbc.sql(UpdateRows.select() + " WHERE u.moderation = 'PENDING' ORDER BY u.created_at")
                .params(rows.publicParams()).query(this::item).list();
    }

    @Override
    public void changeVisibility(long itemId, Visibility visibility) {
        jdbc.sql("UPDATE news_update SET moderation = ? WHERE id = ?").params(visibility.name(), itemId).update();
    }

    private ModeratedItem item(ResultSet rs, int row) throws SQLException {
        String moderation = rs.getString("moderation");
        Visibility visibility = moderation.equals("HIDDEN") ? Visibility.HIDDEN
                : rs.getBoolean("public") ? Visibility.VISIBLE : Visibility.PENDING;
        return new ModeratedItem(new ContentRef(UpdatesModule.ID, rs.getLong("id")), rs.getString("title"),
                markdown.plain(rs.getString("body"), 200), rs.getString("author_subject"), rs.getString("author_name"),
                "/nieuws/" + rs.getLong("id"), visibility, rs.getTimestamp("created_at").toInstant());
    }
}
