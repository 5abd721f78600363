package nl.rugzak.platform.comments;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import nl.rugzak.platform.operations.Participation;
import nl.rugzak.platform.content.Actor;
import nl.rugzak.platform.content.Actors;
import nl.rugzak.platform.content.ContentRef;
import nl.rugzak.platform.content.ContentRejectedException;
import nl.rugzak.platform.content.NotFoundException;
import nl.rugzak.platform.content.PostingRateLimiter;
import nl.rugzak.platform.content.SafeMarkdown;
import nl.rugzak.platform.content.TextLimits;
import nl.rugzak.platform.moderation.ModeratedItem;
import nl.rugzak.platform.moderation.ModeratedModules;
import nl.rugzak.platform.moderation.ModerationLog;
import nl.rugzak.platform.moderation.ModerationPolicies;
import nl.rugzak.platform.moderation.Reports;
import nl.rugzak.platform.moderation.ResidentBlocks;
import nl.rugzak.platform.moderation.Visibility;
import nl.rugzak.platform.residents.ResidentProfiles;
import nl.rugzak.tenantadmin.lifecycle.TenantWriteGuard;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Comments on any module's items: one level of replies, editing within 15 minutes, deleting, support (once per
 * resident), reports. Posting needs a login, no block, room in the rate limit, a text within the length limit and
 * a visible target. Everything lives in the current tenant's schema: ids of another tenant are "not found".
 */
@Service
public class Comments {

    /** Module id under which comments themselves are reported and moderated. */
    public static final String MODULE = "comments";
    public static final int MAX_LENGTH = 2000;
    public static final Duration EDIT_WINDOW = Duration.ofMinutes(15);

    private final CommentStore store;
    private final Actors actors;
    private final ResidentProfiles residents;
    private final ModeratedModules modules;
    private final ModerationPolicies policies;
    private final ModerationLog moderationLog;
    private final ResidentBlocks blocks;
    private final Reports reports;
    private final PostingRateLimiter rateLimiter;
    private final SafeMarkdown markdown;
    private final TenantWriteGuard writeGuard;
    private final ReplyNotices replyNotices;
    private final Clock clock;

    public Comments(CommentStore store, Actors actors, ResidentProfiles residents, ModeratedModules modules,
                    ModerationPolicies policies, ModerationLog moderationLog, ResidentBlocks blocks, Reports reports,
                    PostingRateLimiter rateLimiter, SafeMarkdown markdown, TenantWriteGuard writeGuard,
                    ReplyNotices replyNotices, Clock clock) {
        this.replyNotices = replyNotices;
        this.store = store;
        this.actors = actors;
        this.residents = residents;
        this.modules = modules;
        this.policies = policies;
        this.moderationLog = moderationLog;
        this.blocks = blocks;
        this.reports = reports;
        this.rateLimiter = rateLimiter;
        this.markdown = markdown;
        this.writeGuard = writeGuard;
        this.clock = clock;
    }

    /**
     * The comments on an item as the viewer may see them: visible ones for everyone; pending and hidden ones only
     * for their author (with the reason) and for moderators.
     *
     * @throws NotFoundException when the item does not exist here or the viewer may not see it
     */
    @Transactional(readOnly = true)
    public List<CommentThread> threadFor(ContentRef target) {
        TenantContext.require();
        Optional<Actor> viewer = actors.current();
        readableTarget(target, viewer);
        long viewerId = viewer.flatMap(a -> residents.find(a.subject())).map(r -> r.id()).orElse(-1L);
        boolean moderator = viewer.map(Actor::isModerator).orElse(false);
        List<CommentStore.Row> shown = store.forTarget(target, viewerId).stream()
                .filter(row -> row.visibility() == Visibility.VISIBLE || moderator || row.authorId() == viewerId)
                .toList();
        Set<Long> withReason = shown.stream().filter(row -> row.visibility() == Visibility.HIDDEN)
                .map(CommentStore.Row::id).collect(Collectors.toSet());
        Map<Long, String> reasons = moderationLog.latestHideReasons(MODULE, withReason);

        Map<Long, List<CommentView>> replies = new LinkedHashMap<>();
        for (CommentStore.Row row : shown) {
            if (row.parentId() != null && row.deletedAt() == null) {
                replies.computeIfAbsent(row.parentId(), k -> new ArrayList<>()).add(view(row, viewerId, reasons));
            }
        }
        List<CommentThread> threads = new ArrayList<>();
        for (CommentStore.Row row : shown) {
            if (row.parentId() != null) {
                continue;
            }
            List<CommentView> answers = replies.getOrDefault(row.id(), List.of());
            if (row.deletedAt() != null && answers.isEmpty()) {
                continue;
            }
            threads.add(new CommentThread(view(row, viewerId, reasons), List.copyOf(answers)));
        }
        return threads;
    }

    /** Visible comments (replies included) on an item, for lists. */
    @Transactional(readOnly = true)
    public long count(ContentRef target) {
        TenantContext.require();
        return store.countVisible(target);
    }

    /**
     * Posts a top-level comment. Staff comments are marked as the municipality's; when the module's comments are
     * pre-moderated, a resident's comment waits for a moderator (its author sees it as pending).
     *
     * @throws NotFoundException when the item does not exist here or is not visible
     * @throws ContentRejectedException (also {@code BlockedException}, {@code RateLimitedException}) with the Dutch
     *                                  message for the form
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public CommentView post(ContentRef target, String text) {
        Actor actor = actors.require();
        writeGuard.requireWritable();
        String body = TextLimits.require(text, "comments.field.comment", 1, MAX_LENGTH);
        visibleTarget(target);
        CommentView posted = create(actor, target, null, body);
        Participation.counted(target.module(), "comment");
        return posted;
    }

    /** Replies to a comment; a reply to a reply joins the same thread (one level of replies). */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public CommentView reply(long commentId, String text) {
        Actor actor = actors.require();
        writeGuard.requireWritable();
        String body = TextLimits.require(text, "comments.field.comment", 1, MAX_LENGTH);
        CommentStore.Row parent = store.find(commentId, -1)
                .filter(row -> row.visibility() == Visibility.VISIBLE && row.deletedAt() == null)
                .orElseThrow(() -> new NotFoundException("reactie " + commentId));
        long threadId = parent.parentId() != null ? parent.parentId() : parent.id();
        ModeratedItem item = visibleTarget(parent.target());
        CommentView reply = create(actor, parent.target(), threadId, body);
        // A pre-moderated reply is not public yet: its author is the only one who may read it.
        if (reply.visibility() == Visibility.VISIBLE) {
            long replier = residents.ensure(actor.subject(), actor.displayName());
            replyNotices.replied(item, reply.id(), body, parent.authorId(), replier);
        }
        return reply;
    }

    /** Changes one's own comment, within 15 minutes of posting; it is then shown as edited. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public CommentView edit(long commentId, String text) {
        Actor actor = actors.require();
        writeGuard.requireWritable();
        String body = TextLimits.require(text, "comments.field.comment", 1, MAX_LENGTH);
        CommentStore.Row row = own(commentId, actor, "comments.refused.edit-not-own");
        if (row.visibility() == Visibility.HIDDEN) {
            throw new ContentRejectedException("comments.refused.edit-hidden");
        }
        if (!clock.instant().isBefore(row.createdAt().plus(EDIT_WINDOW))) {
            throw new ContentRejectedException("comments.refused.edit-too-late", String.valueOf(EDIT_WINDOW.toMinutes()));
        }
        blocks.assertMayPost(actor.subject());
        rateLimiter.check(actor.subject());
        // An approved comment changed under pre-moderation waits again: approval was for the old text.
        Visibility visibility = premoderated(actor, row.target()) ? Visibility.PENDING : row.visibility();
        store.rewrite(row.id(), body, markdown.toHtml(body), visibility, clock.instant());
        return viewOf(row.id(), actor);
    }

    /** Deletes one's own comment; its replies stay, under a placeholder. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void delete(long commentId) {
        Actor actor = actors.require();
        writeGuard.requireWritable();
        CommentStore.Row row = own(commentId, actor, "comments.refused.delete-not-own");
        store.markDeleted(row.id(), clock.instant());
    }

    /**
     * Supports a visible comment of someone else; once per resident, however often or concurrently it is called
     * (a database key, not only this check).
     *
     * @return whether this call added the support (false: it was already there)
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public boolean support(long commentId) {
        Actor actor = actors.require();
        writeGuard.requireWritable();
        CommentStore.Row row = store.find(commentId, -1)
                .filter(r -> r.visibility() == Visibility.VISIBLE && r.deletedAt() == null)
                .orElseThrow(() -> new NotFoundException("reactie " + commentId));
        if (row.authorSubject().equals(actor.subject())) {
            throw new ContentRejectedException("comments.refused.support-own");
        }
        long resident = residents.ensure(actor.subject(), actor.displayName());
        boolean added = store.support(row.id(), resident, clock.instant());
        if (added) {
            Participation.counted("comments", "support");
        }
        return added;
    }

    /** Reports a visible comment with a reason (once per resident). */
    @PreAuthorize("isAuthenticated()")
    public void report(long commentId, String reason) {
        reports.report(new ContentRef(MODULE, commentId), reason);
    }

    private CommentView create(Actor actor, ContentRef target, Long parentId, String body) {
        long authorId = residents.ensure(actor.subject(), actor.displayName());
        blocks.assertMayPost(actor.subject());
        rateLimiter.check(actor.subject());
        Visibility visibility = premoderated(actor, target) ? Visibility.PENDING : Visibility.VISIBLE;
        long id = store.insert(target, parentId, authorId, body, markdown.toHtml(body), actor.isStaff(), visibility,
                clock.instant());
        return viewOf(id, actor);
    }

    private boolean premoderated(Actor actor, ContentRef target) {
        return !actor.isStaff() && policies.commentsPremoderated(target.module());
    }

    private CommentStore.Row own(long commentId, Actor actor, String notOwnKey) {
        CommentStore.Row row = store.lock(commentId).filter(r -> r.deletedAt() == null)
                .orElseThrow(() -> new NotFoundException("reactie " + commentId));
        if (!row.authorSubject().equals(actor.subject())) {
            if (row.visibility() != Visibility.VISIBLE && !actor.isModerator()) {
                throw new NotFoundException("reactie " + commentId);
            }
            throw new ContentRejectedException(notOwnKey);
        }
        return row;
    }

    private CommentView viewOf(long id, Actor actor) {
        long viewerId = residents.find(actor.subject()).map(r -> r.id()).orElse(-1L);
        CommentStore.Row row = store.find(id, viewerId).orElseThrow();
        Map<Long, String> reasons = moderationLog.latestHideReasons(MODULE, List.of(id));
        return view(row, viewerId, reasons);
    }

    private CommentView view(CommentStore.Row row, long viewerId, Map<Long, String> reasons) {
        boolean mine = row.authorId() == viewerId;
        boolean deleted = row.deletedAt() != null;
        Instant now = clock.instant();
        boolean editable = mine && !deleted && row.visibility() != Visibility.HIDDEN
                && now.isBefore(row.createdAt().plus(EDIT_WINDOW));
        return new CommentView(row.id(), row.target(), row.parentId(), row.authorName(), row.byMunicipality(),
                deleted ? "" : row.body(), deleted ? "" : row.bodyHtml(), row.visibility(),
                row.visibility() == Visibility.HIDDEN ? reasons.get(row.id()) : null, row.createdAt(),
                row.editedAt() != null, deleted, row.supports(), row.supported(), mine, editable);
    }

    /** The target exists and this viewer may read it: visible, or the viewer moderates or wrote it. */
    private ModeratedItem readableTarget(ContentRef target, Optional<Actor> viewer) {
        ModeratedItem item = findTarget(target);
        boolean allowed = item.visibility() == Visibility.VISIBLE
                || viewer.map(a -> a.isModerator() || a.subject().equals(item.authorSubject())).orElse(false);
        if (!allowed) {
            throw new NotFoundException(target.toString());
        }
        return item;
    }

    private ModeratedItem visibleTarget(ContentRef target) {
        ModeratedItem item = findTarget(target);
        if (item.visibility() != Visibility.VISIBLE) {
            throw new NotFoundException(target.toString());
        }
        return item;
    }

    private ModeratedItem findTarget(ContentRef target) {
        if (target.module().equals(MODULE)) {
            throw new NotFoundException(target.toString());
        }
        return modules.find(target.module()).flatMap(m -> m.find(target.itemId()))
                .orElseThrow(() -> new NotFoundException(target.toString()));
    }
}
