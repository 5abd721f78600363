package nl.rugzak.platform.participation.updates;

import nl.rugzak.platform.participation.initiatives.Initiatives;
import nl.rugzak.platform.participation.projects.ProjectFollowing;
import nl.rugzak.platform.participation.topics.PolicyTopics;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.rugzak.platform.content.ContentRejectedException;
import nl.rugzak.platform.content.NotFoundException;
import nl.rugzak.platform.content.PostingRateLimiter;
import nl.rugzak.platform.content.TextLimits;
import nl.rugzak.platform.participation.initiatives.InitiativesModule;
import nl.rugzak.platform.moderation.ModerationPolicies;
import nl.rugzak.platform.moderation.ResidentBlocks;
import nl.rugzak.platform.modules.EnabledModules;
import nl.rugzak.platform.residents.CurrentUser;
import nl.rugzak.platform.residents.CurrentUser.Visitor;
import nl.rugzak.platform.site.SiteImages.ImageBytes;
import nl.rugzak.platform.participation.topics.TopicsModule;
import nl.rugzak.platform.participation.updates.UpdateDraft.Publication;
import nl.rugzak.tenantadmin.lifecycle.TenantWriteGuard;
import nl.rugzak.tenantadmin.media.SafeImage;
import nl.rugzak.tenantadmin.media.SafeImages;
import nl.rugzak.tenantadmin.media.UnsafeImageException;
import nl.rugzak.tenantadmin.text.Texts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Updates of the current municipality. Editors post on the site, a topic or any initiative; an initiative's owner
 * posts on their own initiative only. Everyone reads public updates; authors and staff also their unpublished ones.
 */
@Service
public class Updates {

    public static final int MAX_IMAGE_BYTES = 5 * 1024 * 1024;

    private final JdbcClient jdbc;
    private final EnabledModules modules;
    private final CurrentUser currentUser;
    private final TenantWriteGuard writeGuard;
    private final SafeImages safeImages;
    private final ResidentBlocks blocks;
    private final PostingRateLimiter rateLimiter;
    private final ModerationPolicies policies;
    private final UpdateRows rows;
    private final Initiatives initiatives;
    private final PolicyTopics topics;
    private final UpdateNotices notices;
    private final ProjectFollowing projects;

    Updates(JdbcClient jdbc, EnabledModules modules, CurrentUser currentUser, TenantWriteGuard writeGuard,
            SafeImages safeImages, ResidentBlocks blocks, PostingRateLimiter rateLimiter, ModerationPolicies policies,
            UpdateRows rows, Initiatives initiatives, PolicyTopics topics, UpdateNotices notices,
            ProjectFollowing projects) {
        this.projects = projects;
        this.notices = notices;
        this.initiatives = initiatives;
        this.topics = topics;
        this.jdbc = jdbc;
        this.modules = modules;
        this.currentUser = currentUser;
        this.writeGuard = writeGuard;
        this.safeImages = safeImages;
        this.blocks = blocks;
        this.rateLimiter = rateLimiter;
        this.policies = policies;
        this.rows = rows;
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public long post(UpdateDraft draft) {
        modules.require(UpdatesModule.ID);
        Visitor me = currentUser.require();
        writeGuard.requireWritable();
        requireMayPost(draft.target(), me);
        String title = TextLimits.requireLine(draft.title(), "updates.field.title", 3, 150);
        String body = TextLimits.require(draft.body(), "updates.field.body", 1, 20000);
        Instant now = rows.now();
        String status;
        Instant publishAt;
        switch (draft.publication()) {
            case NOW -> {
                status = "PUBLISHED";
                publishAt = now;
            }
            case SCHEDULED -> {
                if (draft.publishAt() == null || !draft.publishAt().isAfter(now)) {
                    throw new ContentRejectedException("updates.refused.schedule-in-past");
                }
                status = "SCHEDULED";
                publishAt = draft.publishAt();
            }
            default -> {
                status = "DRAFT";
                publishAt = null;
            }
        }
        SafeImage image = null;
        String alt = null;
        if (draft.image() != null && draft.image().length > 0) {
            alt = TextLimits.optionalLine(draft.imageAlt(), "updates.field.image-alt", 300);
            if (alt == null) {
                throw new ContentRejectedException("updates.refused.image-alt-missing");
            }
            try {
                image = safeImages.raster(draft.image(), MAX_IMAGE_BYTES);
            } catch (UnsafeImageException e) {
                throw new ContentRejectedException(e);
            }
        }
        boolean staff = me.canEdit();
        if (!staff) {
            blocks.assertMayPost(me.subject());
            rateLimiter.check(me.subject());
        }
        String moderation = !staff && policies.itemsPremoderated(UpdatesModule.ID) ? "PENDING" : "VISIBLE";
        Map<String, Object> values = new HashMap<>();
        values.put("topic", draft.target().kind() == UpdateTarget.Kind.TOPIC ? draft.target().id() : null);
        values.put("initiative", draft.target().kind() == UpdateTarget.Kind.INITIATIVE ? draft.target().id() : null);
        values.put("project", draft.target().kind() == UpdateTarget.Kind.PROJECT ? draft.target().id() : null);
        values.put("author", me.residentId());
        values.put("authorName", me.displayName());
        values.put("staff", staff);
        values.put("title", title);
        values.put("body", body);
        values.put("status", status);
        values.put("publishAt", publishAt == null ? null : Timestamp.from(publishAt));
        values.put("moderation", moderation);
        values.put("imageType", image == null ? null : image.contentType());
        values.put("imageBytes", image == null ? null : image.bytes());
        values.put("imageAlt", alt);
        values.put("width", image == null ? null : image.width());
        values.put("height", image == null ? null : image.height());
        values.put("now", Timestamp.from(now));
        long id = jdbc.sql("""
                        INSERT INTO news_update (topic_id, initiative_id, project_id, author_id, author_name, by_staff, title, body,
                          status, publish_at, moderation, image_type, image_bytes, image_alt, image_width, image_height,
                          created_at, updated_at)
                        VALUES (:topic, :initiative, :project, :author, :authorName, :staff, :title, :body, :status, :publishAt,
                          :moderation, :imageType, :imageBytes, :imageAlt, :width, :height, :now, :now) RETURNING id""")
                .params(values).query(Long.class).single();
        notices.published(id);
        return id;
    }

    /** A draft or scheduled update goes out now. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void publishNow(long id) {
        requireManaged(id);
        writeGuard.requireWritable();
        Timestamp now = Timestamp.from(rows.now());
        if (jdbc.sql("UPDATE news_update SET status = 'PUBLISHED', publish_at = ?, updated_at = ? WHERE id = ? AND status <> 'PUBLISHED'")
                .params(now, now, id).update() > 0) {
            notices.published(id);
        }
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void delete(long id) {
        requireManaged(id);
        writeGuard.requireWritable();
        jdbc.sql("DELETE FROM news_update WHERE id = ?").param(id).update();
    }

    /** The update, if this visitor may read it: public, or theirs, or they are staff. */
    @Transactional(readOnly = true)
    public NewsUpdate read(long id) {
        modules.require(UpdatesModule.ID);
        Optional<Visitor> me = currentUser.visitor();
        return jdbc.sql(UpdateRows.select() + " WHERE u.id = :id").params(rows.publicParams()).param("id", id)
                .query((rs, row) -> {
                    String author = rs.getString("author_subject");
                    boolean readable = rs.getBoolean("public") || me.map(v -> v.isStaff()
                            || v.subject().equals(author)).orElse(false);
                    return readable ? Optional.of(rows.map(rs, row)) : Optional.<NewsUpdate>empty();
                }).optional().flatMap(found -> found).orElseThrow(() -> new NotFoundException("bericht"));
    }

    /** Whether the visitor may publish, delete or see this update unpublished. */
    public boolean mayManage(NewsUpdate update) {
        return currentUser.visitor().map(v -> v.canEdit() || authorOf(update.id(), v)).orElse(false);
    }

    /** Public updates, newest first; the target SITE means all of them. */
    @Transactional(readOnly = true)
    public List<NewsUpdate> published(UpdateTarget about, int limit) {
        modules.require(UpdatesModule.ID);
        String where = switch (about.kind()) {
            case SITE -> "";
            case TOPIC -> " AND u.topic_id = :target";
            case INITIATIVE -> " AND u.initiative_id = :target";
            case PROJECT -> " AND u.project_id = :target";
        };
        var query = jdbc.sql(UpdateRows.select() + " WHERE " + UpdateRows.PUBLIC + where
                        + " ORDER BY u.publish_at DESC, u.id DESC LIMIT :limit")
                .params(rows.publicParams()).param("limit", limit);
        if (about.id() != null) {
            query = query.param("target", about.id());
        }
        return query.query(rows::map).list();
    }

    /** Every update, for the back-office. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('editor', 'tenant-admin')")
    public List<NewsUpdate> all() {
        modules.require(UpdatesModule.ID);
        return jdbc.sql(UpdateRows.select() + " ORDER BY coalesce(u.publish_at, u.created_at) DESC, u.id DESC LIMIT 500")
                .params(rows.publicParams()).query(rows::map).list();
    }

    /** Whether the visitor may post about this (for showing the "write" link; {@link #post} checks again). */
    public boolean mayPostOn(UpdateTarget target) {
        if (!modules.isEnabled(UpdatesModule.ID)) {
            return false;
        }
        return currentUser.visitor().map(me -> {
            try {
                requireMayPost(target, me);
                return true;
            } catch (AccessDeniedException | NotFoundException e) {
                return false;
            }
        }).orElse(false);
    }

    /** The title of what the update is about, if it exists and anyone may read it. */
    public Optional<String> publicTargetTitle(UpdateTarget target) {
        return switch (target.kind()) {
            case SITE -> Optional.of("");
            case TOPIC -> modules.isEnabled(TopicsModule.ID) ? topics.titleOf(target.id()) : Optional.empty();
            case INITIATIVE -> modules.isEnabled(InitiativesModule.ID) ? initiatives.publicTitle(target.id())
                    : Optional.empty();
            case PROJECT -> projects.publicTitle(target.id());
        };
    }

    /** The image of an update whoever asks may read. */
    @Transactional(readOnly = true)
    public Optional<ImageBytes> image(long id) {
        if (!modules.isEnabled(UpdatesModule.ID)) {
            return Optional.empty();
        }
        try {
            read(id);
        } catch (NotFoundException e) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT image_bytes, image_type FROM news_update WHERE id = ? AND image_bytes IS NOT NULL")
                .param(id).query((rs, row) -> new ImageBytes(rs.getBytes(1), rs.getString(2))).optional();
    }

    private void requireMayPost(UpdateTarget target, Visitor me) {
        switch (target.kind()) {
            case SITE -> requireEditor(me);
            case TOPIC -> {
                if (publicTargetTitle(target).isEmpty()) {
                    throw new NotFoundException("thema");
                }
                requireEditor(me);
            }
            case PROJECT -> {
                // Only a published (or closed) project of this municipality: news on a draft would tell nobody.
                if (publicTargetTitle(target).isEmpty()) {
                    throw new NotFoundException("project");
                }
                requireEditor(me);
            }
            case INITIATIVE -> {
                modules.require(InitiativesModule.ID);
                var initiative = initiatives.standing(target.id(), me.residentId())
                        .orElseThrow(() -> new NotFoundException("initiatief"));
                if (initiative.ownedByResident() || me.canEdit()) {
                    return;
                }
                if (!initiative.isPublic() && !me.isStaff()) {
                    throw new NotFoundException("initiatief");
                }
                throw new AccessDeniedException(Texts.dutch("updates.denied.initiative-owner-only"));
            }
        }
    }

    private static void requireEditor(Visitor me) {
        if (!me.canEdit()) {
            throw new AccessDeniedException(Texts.dutch("updates.denied.editors-only"));
        }
    }

    private void requireManaged(long id) {
        modules.require(UpdatesModule.ID);
        Visitor me = currentUser.require();
        read(id);
        if (!me.canEdit() && !authorOf(id, me)) {
            throw new AccessDeniedException(Texts.dutch("updates.denied.author-or-editors-only"));
        }
    }

    private boolean authorOf(long id, Visitor me) {
        return jdbc.sql("SELECT count(*) FROM news_update WHERE id = ? AND author_id = ?").params(id, me.residentId())
                .query(Long.class).single() > 0;
    }
}
