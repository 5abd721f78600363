package nl.rugzak.platform.knowledge;

import nl.rugzak.platform.content.PdfFiles;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import nl.rugzak.platform.content.NotFoundException;
import nl.rugzak.platform.content.SafeMarkdown;
import nl.rugzak.platform.content.TextLimits;
import nl.rugzak.tenantadmin.media.SafeImages;
import nl.rugzak.tenantadmin.registry.Tenant;
import nl.rugzak.tenantadmin.registry.TenantRegistry;
import nl.rugzak.tenantadmin.tenancy.ControlPlaneWork;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import nl.rugzak.tenantadmin.text.UserFacingException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The lab's knowledge items: short articles (Markdown, shown through {@link SafeMarkdown}) with files, which the
 * staff of every municipality read in their back office and comment on. A comment carries the municipality's name
 * (taken from the registry by the request's own tenant, never from the caller), not the person's: what one
 * municipality's staff read of another is its name and its words, no resident or staff data. The lab hides comments.
 * All of it lives in the control plane.
 */
@Service
public class Knowledge {

    public static final int MAX_TITLE = 160;
    public static final int MAX_BODY = 20000;
    public static final int MAX_COMMENT = 2000;
    public static final long MAX_ATTACHMENT_BYTES = 10L * 1024 * 1024;

    /** An article in a list. */
    public record Summary(long id, String title, Instant publishedAt, long comments) {
        public boolean published() {
            return publishedAt != null;
        }
    }

    /** A file with an article (its bytes only when downloaded). */
    public record AttachmentInfo(long id, String fileName, String contentType) {
    }

    public record Attachment(String fileName, String contentType, byte[] bytes) {
    }

    /** A comment as shown: the municipality's name, the sanitised text, when; hidden only the lab sees. */
    public record Comment(long id, String municipality, String bodyHtml, Instant at, boolean hidden) {
    }

    /** An article with its files and comments; {@code bodyHtml} is sanitised. */
    public record Item(long id, String title, String body, String bodyHtml, Instant publishedAt,
                       List<AttachmentInfo> attachments, List<Comment> comments) {
    }

    private static final String STAFF = "hasAnyRole('editor', 'moderator', 'tenant-admin')";

    private final JdbcClient jdbc;
    private final ControlPlaneWork controlPlane;
    private final TenantRegistry registry;
    private final SafeMarkdown markdown;
    private final SafeImages images;
    private final Clock clock;

    Knowledge(JdbcClient jdbc, ControlPlaneWork controlPlane, TenantRegistry registry, SafeMarkdown markdown,
              SafeImages images, Clock clock) {
        this.jdbc = jdbc;
        this.controlPlane = controlPlane;
        this.registry = registry;
        this.markdown = markdown;
        this.images = images;
        this.clock = clock;
    }

    // ---- municipal staff -----------------------------------------------------------------------------------------

    /** The published articles, newest first. */
    @PreAuthorize(STAFF)
    public List<Summary> published() {
        TenantContext.require();
        return summaries("WHERE i.published_at IS NOT NULL", false);
    }

    /** A published article with its files and the comments the lab has not hidden. */
    @PreAuthorize(STAFF)
    public Item read(long id) {
        TenantContext.require();
        return item(id, false).orElseThrow(() -> new NotFoundException("artikel"));
    }

    /** A comment under a published article, under the name of the municipality of this request. */
    @PreAuthorize(STAFF)
    public long comment(long itemId, String body) {
        Tenant tenant = registry.find(TenantContext.require()).orElseThrow();
        String text = TextLimits.require(body, "knowledge.field.comment", 2, MAX_COMMENT);
        String html = markdown.toHtml(text);
        return controlPlane.call(() -> {
            boolean open = jdbc.sql("SELECT count(*) FROM control.knowledge_item WHERE id = ? AND published_at IS NOT NULL")
                    .param(itemId).query(Long.class).single() > 0;
            if (!open) {
                throw new NotFoundException("artikel");
            }
            return jdbc.sql("""
                            INSERT INTO control.knowledge_comment (item_id, tenant_slug, tenant_name, body, body_html, created_at)
                            VALUES (?, ?, ?, ?, ?, ?) RETURNING id""")
                    .params(itemId, tenant.id().slug(), tenant.displayName(), text, html, Timestamp.from(clock.instant()))
                    .query(Long.class).single();
        });
    }

    /** A file of a published article. */
    @PreAuthorize(STAFF + " or hasRole('lab-admin')")
    public Optional<Attachment> attachment(long attachmentId) {
        boolean lab = TenantContext.current().isEmpty();
        return controlPlane.call(() -> jdbc.sql("""
                        SELECT a.file_name, a.content_type, a.bytes FROM control.knowledge_attachment a
                          JOIN control.knowledge_item i ON i.id = a.item_id
                         WHERE a.id = ? AND (i.published_at IS NOT NULL OR ?)""")
                .params(attachmentId, lab)
                .query((rs, row) -> new Attachment(rs.getString(1), rs.getString(2), rs.getBytes(3))).optional());
    }

    // ---- the lab --------------------------------------------------------------------------------------------------

    /** Every article, drafts too, newest first. */
    @PreAuthorize("hasRole('lab-admin')")
    public List<Summary> all() {
        return summaries("", true);
    }

    /** An article with all its comments, hidden ones too. */
    @PreAuthorize("hasRole('lab-admin')")
    public Optional<Item> forLab(long id) {
        return item(id, true);
    }

    /**
     * Writes an article ({@code id} null: a new one) and publishes or withdraws it. Returns its id. A bad field
     * stores nothing.
     */
    @PreAuthorize("hasRole('lab-admin')")
    public long write(Long id, String title, String body, boolean publish) {
        String cleanTitle = TextLimits.requireLine(title, "knowledge.field.title", 3, MAX_TITLE);
        String cleanBody = TextLimits.require(body, "knowledge.field.body", 10, MAX_BODY);
        String html = markdown.toHtml(cleanBody);
        Timestamp now = Timestamp.from(clock.instant());
        try {
            return controlPlane.call(() -> {
                if (id == null) {
                    return jdbc.sql("""
                                    INSERT INTO control.knowledge_item (title, body, body_html, published_at, created_at, updated_at)
                                    VALUES (?, ?, ?, ?, ?, ?) RETURNING id""")
                            .params(cleanTitle, cleanBody, html, publish ? now : null, now, now).query(Long.class).single();
                }
                int updated = jdbc.sql("""
                                UPDATE control.knowledge_item SET title = ?, body = ?, body_html = ?, updated_at = ?,
                                  published_at = CASE WHEN ? THEN coalesce(published_at, ?) END WHERE id = ?""")
                        .params(cleanTitle, cleanBody, html, now, publish, now, id).update();
                if (updated == 0) {
                    throw new NotFoundException("artikel");
                }
                return id;
            });
        } catch (DuplicateKeyException sameTitle) {
            throw new UserFacingException("knowledge.field.title.taken");
        }
    }

    /** Adds a file: a PDF as it is, an image checked and re-encoded; anything else is refused and nothing stored. */
    @PreAuthorize("hasRole('lab-admin')")
    public long attach(long itemId, String fileName, byte[] bytes) {
        if (bytes.length > MAX_ATTACHMENT_BYTES) {
            throw new UserFacingException("knowledge.attachment.too-large", MAX_ATTACHMENT_BYTES / (1024 * 1024));
        }
        PdfFiles.Attachment attachment = PdfFiles.pdfOrImage(bytes, images, MAX_ATTACHMENT_BYTES)
                .orElseThrow(() -> new UserFacingException("knowledge.attachment.wrong-type"));
        String type = attachment.contentType();
        byte[] stored = attachment.bytes();
        String name = PdfFiles.safeName(fileName);
        return controlPlane.call(() -> {
            if (jdbc.sql("SELECT count(*) FROM control.knowledge_item WHERE id = ?").param(itemId).query(Long.class)
                    .single() == 0) {
                throw new NotFoundException("artikel");
            }
            return jdbc.sql("""
                            INSERT INTO control.knowledge_attachment (item_id, file_name, content_type, bytes)
                            VALUES (?, ?, ?, ?) RETURNING id""")
                    .params(itemId, name, type, stored).query(Long.class).single();
        });
    }

    @PreAuthorize("hasRole('lab-admin')")
    public void removeAttachment(long attachmentId) {
        controlPlane.run(() -> jdbc.sql("DELETE FROM control.knowledge_attachment WHERE id = ?").param(attachmentId).update());
    }

    /** Moderation by the lab: a hidden comment disappears for every municipality and can be shown again. */
    @PreAuthorize("hasRole('lab-admin')")
    public void hideComment(long commentId, boolean hidden) {
        controlPlane.run(() -> jdbc.sql("UPDATE control.knowledge_comment SET hidden = ? WHERE id = ?")
                .params(hidden, commentId).update());
    }

    // ---- reading ----------------------------------------------------------------------------------------------------

    private List<Summary> summaries(String where, boolean withHidden) {
        return controlPlane.call(() -> jdbc.sql("""
                        SELECT i.id, i.title, i.published_at,
                               (SELECT count(*) FROM control.knowledge_comment c WHERE c.item_id = i.id AND (? OR NOT c.hidden))
                          FROM control.knowledge_item i %s
                         ORDER BY coalesce(i.published_at, i.created_at) DESC, i.id DESC""".formatted(where))
                .param(withHidden)
                .query((rs, row) -> new Summary(rs.getLong(1), rs.getString(2),
                        rs.getTimestamp(3) == null ? null : rs.getTimestamp(3).toInstant(), rs.getLong(4))).list());
    }

    private Optional<Item> item(long id, boolean lab) {
        return controlPlane.call(() -> jdbc.sql("""
                        SELECT id, title, body, body_html, published_at FROM control.knowledge_item
                         WHERE id = ? AND (? OR published_at IS NOT NULL)""")
                .params(id, lab)
                .query((rs, row) -> new Item(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant(), attachments(id),
                        comments(id, lab)))
                .optional());
    }

    private List<AttachmentInfo> attachments(long itemId) {
        return jdbc.sql("SELECT id, file_name, content_type FROM control.knowledge_attachment WHERE item_id = ? ORDER BY id")
                .param(itemId).query((rs, row) -> new AttachmentInfo(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    private List<Comment> comments(long itemId, boolean withHidden) {
        return jdbc.sql("""
                        SELECT id, tenant_name, body_html, created_at, hidden FROM control.knowledge_comment
                         WHERE item_id = ? AND (? OR NOT hidden) ORDER BY created_at, id""")
                .params(itemId, withHidden)
                .query((rs, row) -> new Comment(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant(), rs.getBoolean(5))).list();
    }
}
