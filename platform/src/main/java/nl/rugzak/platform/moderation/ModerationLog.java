package nl.rugzak.platform.moderation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.rugzak.platform.content.Actor;
import nl.rugzak.platform.content.ContentRef;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The append-only record of moderation decisions (a database trigger refuses changes). Modules read the reason
 * of the latest "hide" from here to show it to the author; they show it to no one else but moderators.
 */
@Component
public class ModerationLog {

    private static final String SELECT = """
            SELECT a.id, a.action, a.module, a.item_id, r.display_name, a.moderator_name, a.reason, a.created_at
              FROM moderation_action a LEFT JOIN resident r ON r.id = a.about_resident_id""";

    private final JdbcClient jdbc;
    private final Clock clock;

    public ModerationLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** For each of the module's items that was ever hidden: the reason of its latest "hide". */
    public Map<Long, String> latestHideReasons(String module, Collection<Long> itemIds) {
        TenantContext.require();
        Map<Long, String> reasons = new HashMap<>();
        if (itemIds.isEmpty()) {
            return reasons;
        }
        jdbc.sql("""
                        SELECT DISTINCT ON (item_id) item_id, reason FROM moderation_action
                         WHERE module = :module AND item_id IN (:ids) AND action = 'HIDE'
                         ORDER BY item_id, created_at DESC, id DESC""")
                .param("module", module).param("ids", itemIds)
                .query((rs, row) -> reasons.put(rs.getLong(1), rs.getString(2)))
                .list();
        return reasons;
    }

    void record(ModerationActionKind kind, ContentRef ref, Long aboutResidentId, Actor moderator, String reason) {
        record(kind, ref == null ? null : ref.module(), ref == null ? null : ref.itemId(), aboutResidentId, moderator,
                reason);
    }

    void record(ModerationActionKind kind, String module, Long itemId, Long aboutResidentId, Actor moderator,
                String reason) {
        jdbc.sql("""
                        INSERT INTO moderation_action (action, module, item_id, about_resident_id, moderator_subject,
                          moderator_name, reason, created_at)
                        VALUES (:action, :module, :item, :about, :subject, :name, :reason, :at)""")
                .param("action", kind.name())
                .param("module", module)
                .param("item", itemId)
                .param("about", aboutResidentId)
                .param("subject", moderator.subject())
                .param("name", moderator.displayName())
                .param("reason", reason)
                .param("at", Timestamp.from(clock.instant()))
                .update();
    }

    List<ModerationAction> history(ContentRef ref) {
        return jdbc.sql(SELECT + " WHERE a.module = :module AND a.item_id = :item ORDER BY a.created_at DESC, a.id DESC")
                .param("module", ref.module()).param("item", ref.itemId())
                .query(ModerationLog::action).list();
    }

    List<ModerationAction> about(long residentId) {
        return jdbc.sql(SELECT + " WHERE a.about_resident_id = :resident ORDER BY a.created_at DESC, a.id DESC")
                .param("resident", residentId)
                .query(ModerationLog::action).list();
    }

    /** Items hidden most recently (still or again hidden is up to the module), newest first. */
    List<ContentRef> recentlyHidden(int limit) {
        return jdbc.sql("""
                        SELECT module, item_id FROM moderation_action WHERE action = 'HIDE' AND item_id IS NOT NULL
                         GROUP BY module, item_id ORDER BY max(created_at) DESC LIMIT :limit""")
                .param("limit", limit)
                .query((rs, row) -> new ContentRef(rs.getString(1), rs.getLong(2))).list();
    }

    private static ModerationAction action(ResultSet rs, int row) throws SQLException {
        String module = rs.getString(3);
        ContentRef ref = module == null || rs.getObject(4) == null ? null : new ContentRef(module, rs.getLong(4));
        return new ModerationAction(rs.getLong(1), ModerationActionKind.valueOf(rs.getString(2)), ref,
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getTimestamp(8).toInstant());
    }
}
