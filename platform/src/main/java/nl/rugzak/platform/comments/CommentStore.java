package nl.rugzak.platform.comments;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import nl.rugzak.platform.content.ContentRef;
import nl.rugzak.platform.moderation.Visibility;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The comment tables, for the service and the moderation adapter of this package. */
@Component
class CommentStore {

    record Row(long id, ContentRef target, Long parentId, long authorId, String authorSubject, String authorName,
               boolean byMunicipality, String body, String bodyHtml, Visibility visibility, Instant createdAt, Instant editedAt,
               Instant deletedAt, long supports, boolean supported) {
    }

    private static final String SELECT = """
            SELECT c.id, c.module, c.item_id, c.parent_id, c.author_id, r.subject, r.display_name, c.by_municipality,
                   c.body, c.body_html, c.visibility, c.created_at, c.edited_at, c.deleted_at,
                   (SELECT count(*) FROM comment_support s WHERE s.comment_id = c.id),
                   EXISTS (SELECT 1 FROM comment_support s WHERE s.comment_id = c.id AND s.resident_id = :viewer)
              FROM comment c JOIN resident r ON r.id = c.author_id""";

    private final JdbcClient jdbc;

    CommentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Row> forTarget(ContentRef target, long viewerId) {
        return jdbc.sql(SELECT + " WHERE c.module = :module AND c.item_id = :item ORDER BY c.created_at, c.id")
                .param("viewer", viewerId).param("module", target.module()).param("item", target.itemId())
                .query(CommentStore::row).list();
    }

    Optional<Row> find(long id, long viewerId) {
        return jdbc.sql(SELECT + " WHERE c.id = :id").param("viewer", viewerId).param("id", id)
                .query(CommentStore::row).optional();
    }

    /** Locks the row for a change (edit, delete, moderation) so concurrent changes apply one after the other. */
    Optional<Row> lock(long id) {
        jdbc.sql("SELECT id FROM comment WHERE id = ? FOR UPDATE").param(id).query(Long.class).optional();
        return find(id, -1);
    }

    List<Row> pending() {
        return jdbc.sql(SELECT + " WHERE c.visibility = 'PENDING' AND c.deleted_at IS NULL ORDER BY c.created_at, c.id LIMIT 500")
                .param("viewer", -1).query(CommentStore::row).list();
    }

    long insert(ContentRef target, Long parentId, long authorId, String body, String html, boolean byMunicipality,
                Visibility visibility, Instant at) {
        return jdbc.sql("""
                        INSERT INTO comment (module, item_id, parent_id, author_id, body, body_html, by_municipality,
                          visibility, created_at)
                        VALUES (:module, :item, :parent, :author, :body, :html, :staff, :visibility, :at) RETURNING id""")
                .param("module", target.module()).param("item", target.itemId()).param("parent", parentId)
                .param("author", authorId).param("body", body).param("html", html).param("staff", byMunicipality)
                .param("visibility", visibility.name()).param("at", Timestamp.from(at))
                .query(Long.class).single();
    }

    void rewrite(long id, String body, String html, Visibility visibility, Instant at) {
        jdbc.sql("UPDATE comment SET body = :body, body_html = :html, visibility = :visibility, edited_at = :at WHERE id = :id")
                .param("body", body).param("html", html).param("visibility", visibility.name()).param("at", Timestamp.from(at))
                .param("id", id).update();
    }

    void markDeleted(long id, Instant at) {
        // The text goes; the row stays so replies keep their place and moderation history its subject.
        jdbc.sql("UPDATE comment SET body = '', body_html = '', deleted_at = :at WHERE id = :id")
                .param("at", Timestamp.from(at)).param("id", id).update();
    }

    void changeVisibility(long id, Visibility visibility) {
        jdbc.sql("UPDATE comment SET visibility = :visibility WHERE id = :id")
                .param("visibility", visibility.name()).param("id", id).update();
    }

    boolean support(long id, long residentId, Instant at) {
        return jdbc.sql("""
                        INSERT INTO comment_support (comment_id, resident_id, created_at) VALUES (:id, :resident, :at)
                        ON CONFLICT (comment_id, resident_id) DO NOTHING""")
                .param("id", id).param("resident", residentId).param("at", Timestamp.from(at)).update() == 1;
    }

    long countVisible(ContentRef target) {
        return jdbc.sql("""
                        SELECT count(*) FROM comment
                         WHERE module = :module AND item_id = :item AND visibility = 'VISIBLE' AND deleted_at IS NULL""")
                .param("module", target.module()).param("item", target.itemId()).query(Long.class).single();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getLong(1), new ContentRef(rs.getString(2), rs.getLong(3)),
                rs.getObject(4) == null ? null : rs.getLong(4), rs.getLong(5), rs.getString(6), rs.getString(7),
                rs.getBoolean(8), rs.getString(9), rs.getString(10), Visibility.valueOf(rs.getString(11)),
                instant(rs, 12), instant(rs, 13), instant(rs, 14), rs.getLong(15), rs.getBoolean(16));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
