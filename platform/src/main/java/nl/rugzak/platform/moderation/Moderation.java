package nl.rugzak.platform.moderation;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import nl.rugzak.platform.content.Actor;
import nl.rugzak.platform.content.Actors;
import nl.rugzak.platform.content.ContentRef;
import nl.rugzak.platform.content.ContentRejectedException;
import nl.rugzak.platform.content.NotFoundException;
import nl.rugzak.platform.content.TextLimits;
import nl.rugzak.platform.notifications.Audience;
import nl.rugzak.platform.notifications.Notice;
import nl.rugzak.platform.notifications.NotificationKind;
import nl.rugzak.platform.notifications.Notifications;
import nl.rugzak.platform.residents.ResidentProfiles;
import nl.rugzak.tenantadmin.lifecycle.TenantWriteGuard;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import nl.rugzak.tenantadmin.text.Texts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What moderators and tenant admins do: approve, hide and restore items and comments of every module, block
 * residents, handle reports. Every decision is recorded with who, what, about whom, why and when; the reason of a
 * "hide" is shown to the author. Everything happens in the current tenant's schema only, so content of another
 * tenant is "not found".
 */
@Service
@PreAuthorize("hasAnyRole('moderator', 'tenant-admin')")
public class Moderation {

    public static final int MAX_REASON = 1000;

    private final JdbcClient jdbc;
    private final ModeratedModules modules;
    private final ModerationLog log;
    private final ResidentBlocks blocks;
    private final ResidentProfiles residents;
    private final Actors actors;
    private final TenantWriteGuard writeGuard;
    private final Notifications notifications;
    private final Clock clock;

    public Moderation(JdbcClient jdbc, ModeratedModules modules, ModerationLog log, ResidentBlocks blocks,
                      ResidentProfiles residents, Actors actors, TenantWriteGuard writeGuard,
                      Notifications notifications, Clock clock) {
        this.notifications = notifications;
        this.jdbc = jdbc;
        this.modules = modules;
        this.log = log;
        this.blocks = blocks;
        this.residents = residents;
        this.actors = actors;
        this.writeGuard = writeGuard;
        this.clock = clock;
    }

    /** Makes a pending (or hidden) item visible. */
    @Transactional
    public void approve(ContentRef ref) {
        decide(ref, Visibility.VISIBLE, ModerationActionKind.APPROVE, null);
    }

    /** Hides an item from everyone but its author and moderators; the author sees the reason. */
    @Transactional
    public void hide(ContentRef ref, String reason) {
        String why = TextLimits.require(reason, "moderation.field.reason", 3, MAX_REASON);
        decide(ref, Visibility.HIDDEN, ModerationActionKind.HIDE, why);
        closeReports(ref, "Verborgen: " + why);
    }

    /** Makes a hidden item visible again. */
    @Transactional
    public void restore(ContentRef ref, String reason) {
        String why = TextLimits.require(reason, "moderation.field.reason", 3, MAX_REASON);
        decide(ref, Visibility.VISIBLE, ModerationActionKind.RESTORE, why);
    }

    /**
     * Blocks a resident from posting at this municipality until and including {@code until} (null: until lifted).
     * A new block replaces one in force.
     */
    @Transactional
    public void block(String residentSubject, String reason, LocalDate until) {
        writeGuard.requireWritable();
        Actor moderator = actors.require();
        String why = TextLimits.require(reason, "moderation.field.reason", 3, MAX_REASON);
        if (until != null && until.isBefore(blocks.today())) {
            throw new ContentRejectedException("moderation.refused.end-date-past");
        }
        long resident = residentId(residentSubject);
        if (residentSubject.equals(moderator.subject())) {
            throw new ContentRejectedException("moderation.refused.block-self");
        }
        blocks.lift(resident, moderator.displayName());
        blocks.add(resident, why, until, moderator.displayName());
        log.record(ModerationActionKind.BLOCK, null, resident, moderator,
                until == null ? why : Texts.dutch("moderation.log.block-until", why,
                        DateTimeFormatter.ofPattern("d MMMM yyyy", Texts.DUTCH).format(until))); // not-ui-text: date pattern; the log is kept in Dutch
    }

    /** Lifts the resident's block. */
    @Transactional
    public void unblock(String residentSubject, String reason) {
        writeGuard.requireWritable();
        Actor moderator = actors.require();
        String why = TextLimits.require(reason, "moderation.field.reason", 3, MAX_REASON);
        long resident = residentId(residentSubject);
        if (blocks.lift(resident, moderator.displayName()) == 0) {
            throw new ContentRejectedException("moderation.refused.not-blocked");
        }
        log.record(ModerationActionKind.UNBLOCK, null, resident, moderator, why);
    }

    /** Blocks in force now. */
    @Transactional(readOnly = true)
    public List<ResidentBlock> activeBlocks() {
        return blocks.active();
    }

    /** Pending items of all modules (oldest first) and open reports (oldest first). */
    @Transactional(readOnly = true)
    public ModerationQueue queue() {
        TenantContext.require();
        List<ModeratedItem> pending = new ArrayList<>();
        for (ModeratedContent module : modules.all()) {
            pending.addAll(module.pending());
        }
        pending.sort(Comparator.comparing(ModeratedItem::createdAt));
        record Row(long id, ContentRef ref, String reason, String reporter, java.time.Instant at) {
        }
        List<Row> rows = jdbc.sql("""
                        SELECT c.id, c.module, c.item_id, c.reason, r.display_name, c.created_at
                          FROM content_report c JOIN resident r ON r.id = c.reporter_id
                         WHERE c.resolved_at IS NULL ORDER BY c.created_at, c.id LIMIT 500""")
                .query((rs, row) -> new Row(rs.getLong(1), new ContentRef(rs.getString(2), rs.getLong(3)),
                        rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant())).list();
        List<OpenReport> reports = new ArrayList<>();
        for (Row row : rows) {
            item(row.ref()).ifPresent(item -> reports.add(new OpenReport(row.id(), item, row.reason(), row.reporter(),
                    row.at())));
        }
        return new ModerationQueue(pending, reports);
    }

    /** Items hidden recently and still hidden, newest first: where a moderator restores something. */
    @Transactional(readOnly = true)
    public List<ModeratedItem> recentlyHidden() {
        return log.recentlyHidden(50).stream().map(this::item).flatMap(Optional::stream)
                .filter(item -> item.visibility() == Visibility.HIDDEN).toList();
    }

    /** Closes a report without hiding anything (e.g. nothing wrong with it). */
    @Transactional
    public void resolveReport(long reportId, String resolution) {
        writeGuard.requireWritable();
        Actor moderator = actors.require();
        String why = TextLimits.require(resolution, "moderation.field.resolution", 3, MAX_REASON);
        ContentRef ref = jdbc.sql("SELECT module, item_id FROM content_report WHERE id = ? AND resolved_at IS NULL")
                .param(reportId).query((rs, row) -> new ContentRef(rs.getString(1), rs.getLong(2))).optional()
                .orElseThrow(() -> new NotFoundException("melding " + reportId));
        jdbc.sql("UPDATE content_report SET resolved_at = :at, resolved_by = :by, resolution = :why WHERE id = :id")
                .param("at", Timestamp.from(clock.instant())).param("by", moderator.displayName())
                .param("why", why).param("id", reportId).update();
        log.record(ModerationActionKind.REPORT_RESOLVED, ref, authorId(item(ref)), moderator, why);
    }

    /** Every decision about one item, newest first. */
    @Transactional(readOnly = true)
    public List<ModerationAction> history(ContentRef ref) {
        TenantContext.require();
        return log.history(ref);
    }

    /**
     * The reason the author of a hidden item is shown. Open to the author and to moderators.
     *
     * @throws NotFoundException for anyone else, and for items that do not exist here
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<String> reasonShownToAuthor(ContentRef ref) {
        Actor actor = actors.require();
        ModeratedItem item = item(ref).orElseThrow(() -> new NotFoundException(ref.toString()));
        if (!actor.isModerator() && !actor.subject().equals(item.authorSubject())) {
            throw new NotFoundException(ref.toString());
        }
        if (item.visibility() != Visibility.HIDDEN) {
            return Optional.empty();
        }
        return Optional.ofNullable(log.latestHideReasons(ref.module(), List.of(ref.itemId())).get(ref.itemId()));
    }

    /** Every moderation decision about a resident (their content, their blocks), newest first. Themselves or moderators. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<ModerationAction> decisionsAbout(String residentSubject) {
        Actor actor = actors.require();
        if (!actor.isModerator() && !actor.subject().equals(residentSubject)) {
            throw new NotFoundException("bewoner");
        }
        return residents.find(residentSubject).map(r -> log.about(r.id())).orElse(List.of());
    }

    private void decide(ContentRef ref, Visibility visibility, ModerationActionKind kind, String reason) {
        writeGuard.requireWritable();
        Actor moderator = actors.require();
        ModeratedContent module = modules.find(ref.module()).orElseThrow(() -> new NotFoundException(ref.toString()));
        Optional<ModeratedItem> item = module.find(ref.itemId());
        if (item.isEmpty()) {
            throw new NotFoundException(ref.toString());
        }
        module.changeVisibility(ref.itemId(), visibility);
        if (kind == ModerationActionKind.APPROVE && item.get().visibility() == Visibility.PENDING) {
            module.approved(ref.itemId());
        }
        Long author = authorId(item);
        log.record(kind, ref, author, moderator, reason);
        tellAuthor(item.get(), author, kind, reason);
    }

    /**
     * The author hears of every decision on their contribution: hidden or visible again (with the reason), and, for
     * something that waited for a moderator, that it is now public or that it was turned down (with the reason).
     */
    private void tellAuthor(ModeratedItem shown, Long author, ModerationActionKind kind, String reason) {
        boolean waited = shown.visibility() == Visibility.PENDING;
        String what = switch (kind) {
            case HIDE -> waited ? "notifications.moderation.rejected" : "notifications.moderation.hidden";
            case RESTORE -> "notifications.moderation.restored";
            case APPROVE -> waited ? "notifications.moderation.approved" : null;
            default -> null;
        };
        if (author == null || what == null) {
            return;
        }
        String title = shown.titleKey() == null ? shown.title() : shown.excerpt();
        notifications.record(new Notice(NotificationKind.MODERATION, title == null ? "" : title, reason, what,
                shown.link() == null ? "/" : shown.link(), null), Audience.resident(author));
    }

    private void closeReports(ContentRef ref, String resolution) {
        jdbc.sql("""
                        UPDATE content_report SET resolved_at = :at, resolved_by = :by, resolution = :why
                         WHERE module = :module AND item_id = :item AND resolved_at IS NULL""")
                .param("at", Timestamp.from(clock.instant())).param("by", actors.require().displayName())
                .param("why", resolution).param("module", ref.module()).param("item", ref.itemId()).update();
    }

    private Optional<ModeratedItem> item(ContentRef ref) {
        return modules.find(ref.module()).flatMap(m -> m.find(ref.itemId()));
    }

    private Long authorId(Optional<ModeratedItem> item) {
        return item.map(ModeratedItem::authorSubject).flatMap(residents::find).map(r -> r.id()).orElse(null);
    }

    private long residentId(String subject) {
        return residents.find(subject).map(r -> r.id()).orElseThrow(() -> new NotFoundException("bewoner"));
    }
}
