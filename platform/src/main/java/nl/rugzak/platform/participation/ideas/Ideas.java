package nl.rugzak.platform.participation.ideas;

import nl.rugzak.tenantadmin.text.UserText;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.rugzak.platform.content.FieldProblem;
import nl.rugzak.platform.content.NotFoundException;
import nl.rugzak.platform.content.PostingRateLimiter;
import nl.rugzak.platform.moderation.ModerationPolicies;
import nl.rugzak.platform.moderation.ResidentBlocks;
import nl.rugzak.platform.modules.EnabledModules;
import nl.rugzak.platform.operations.Participation;
import nl.rugzak.platform.participation.projects.PhaseInfo;
import nl.rugzak.platform.participation.projects.ProjectPhases;
import nl.rugzak.platform.places.ChosenPoint;
import nl.rugzak.platform.places.MapPoint;
import nl.rugzak.platform.residents.CurrentUser;
import nl.rugzak.platform.residents.CurrentUser.Visitor;
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
 * Ideas in a project's phase: staff let a phase collect ideas; residents submit them while the phase is open (and,
 * for a phase of the municipality's own residents, only they), support each idea once and comment; staff give each
 * idea a verdict with a reason. Every rule is checked here, not only in the views.
 */
@Service
public class Ideas {

    public static final int PAGE_SIZE = 24;
    public static final int MAX_REASON = 1_000;
    public static final int MAX_ALT = 300;
    public static final int MAX_IMAGE_BYTES = 5 * 1024 * 1024;

    private static final String CARD = """
            SELECT i.id, p.project_id, i.title, i.description, i.place, i.category, i.status, i.support_count,
                   p.support_threshold, i.hidden, i.waiting, i.image_bytes IS NOT NULL AS has_image, i.image_alt,
                   i.created_at, i.updated_at
              FROM idea i JOIN idea_phase p ON p.phase_id = i.phase_id""";

    public enum Order { MOST_SUPPORTED, NEWEST }

    private final JdbcClient jdbc;
    private final EnabledModules modules;
    private final CurrentUser currentUser;
    private final TenantWriteGuard writeGuard;
    private final ProjectPhases phases;
    private final ResidentBlocks blocks;
    private final PostingRateLimiter rateLimiter;
    private final ModerationPolicies policies;
    private final SafeImages safeImages;
    private final Clock clock;

    Ideas(JdbcClient jdbc, EnabledModules modules, CurrentUser currentUser, TenantWriteGuard writeGuard,
          ProjectPhases phases, ResidentBlocks blocks, PostingRateLimiter rateLimiter, ModerationPolicies policies,
          SafeImages safeImages, Clock clock) {
        this.jdbc = jdbc;
        this.modules = modules;
        this.currentUser = currentUser;
        this.writeGuard = writeGuard;
        this.phases = phases;
        this.blocks = blocks;
        this.rateLimiter = rateLimiter;
        this.policies = policies;
        this.safeImages = safeImages;
        this.clock = clock;
    }

    static String link(long projectId, long ideaId) {
        return "/projecten/" + projectId + "/ideeen/" + ideaId;
    }

    /** Staff let a phase collect ideas, or change its threshold and deadline. */
    @Transactional
    @PreAuthorize("hasAnyRole('editor', 'tenant-admin')")
    public void collectIn(long phaseId, Integer supportThreshold, LocalDate deadline) {
        writable();
        PhaseInfo phase = phases.find(phaseId).orElseThrow(() -> new NotFoundException("fase"));
        Map<String, FieldProblem> problems = new LinkedHashMap<>();
        if (supportThreshold != null && (supportThreshold < 1 || supportThreshold > 1_000_000)) {
            problems.put("threshold", FieldProblem.textKey("ideas.phase.threshold-invalid"));
        }
        if (deadline != null && (deadline.isBefore(phase.startsOn()) || deadline.isAfter(phase.endsOn()))) {
            problems.put("deadline", FieldProblem.textKey("ideas.phase.deadline-outside"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidIdeaException(problems);
        }
        jdbc.sql("""
                        INSERT INTO idea_phase (phase_id, project_id, support_threshold, deadline) VALUES (?, ?, ?, ?)
                        ON CONFLICT (phase_id) DO UPDATE SET support_threshold = EXCLUDED.support_threshold,
                          deadline = EXCLUDED.deadline""")
                .params(phaseId, phase.projectId(), supportThreshold, deadline).update();
    }

    /** The phase's idea rules, if it collects ideas and its project is public. */
    @Transactional(readOnly = true)
    public Optional<IdeaPhase> phase(long phaseId) {
        if (!modules.isEnabled(IdeasModule.ID)) {
            return Optional.empty();
        }
        return phases.find(phaseId).flatMap(info -> jdbc.sql(
                        "SELECT support_threshold, deadline FROM idea_phase WHERE phase_id = ?").param(phaseId)
                .query((rs, n) -> {
                    int threshold = rs.getInt(1);
                    Integer t = rs.wasNull() ? null : threshold;
                    LocalDate deadline = rs.getObject(2, LocalDate.class);
                    boolean collecting = info.open() && (deadline == null || !LocalDate.now(clock).isAfter(deadline));
                    return new IdeaPhase(phaseId, info.projectId(), info.projectTitle(), info.title(), t, deadline,
                            collecting);
                }).optional());
    }

    /** The phases of a project that collect ideas, in the project's order. */
    @Transactional(readOnly = true)
    public List<IdeaPhase> phasesOf(long projectId) {
        if (!modules.isEnabled(IdeasModule.ID)) {
            return List.of();
        }
        return phases.ofProject(projectId).stream().flatMap(info -> phase(info.phaseId()).stream()).toList();
    }

    /** A resident submits an idea; under pre-moderation it waits for a moderator before others see it. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public long submit(long phaseId, IdeaDraft draft) {
        return submit(phaseId, draft, null);
    }

    /**
     * An idea with a point on the map (or none): stored at street level unless the resident allowed the exact point;
     * the place in words is then required, as the map's text equivalent.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public long submit(long phaseId, IdeaDraft draft, ChosenPoint point) {
        Visitor me = writable();
        requireCollecting(phaseId);
        IdeaDraft clean = checked(draft, point);
        blocks.assertMayPost(me.subject());
        rateLimiter.check(me.subject());
        MapPoint stored = point == null ? null : point.stored();
        return jdbc.sql("""
                        INSERT INTO idea (phase_id, owner_id, title, description, place, category, waiting,
                                          latitude, longitude, exact_point)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(phaseId, me.residentId(), clean.title(), clean.description(), clean.place(),
                        clean.category().name(), policies.itemsPremoderated(IdeasModule.ID),
                        stored == null ? null : stored.latitude(), stored == null ? null : stored.longitude(),
                        point != null && point.exact())
                .query(Long.class).single();
    }

    /** The owner corrects their idea while the phase collects ideas and nobody has judged it yet. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void update(long id, IdeaDraft draft) {
        Visitor me = writable();
        Row row = ownRow(id, me);
        requireCollecting(row.phaseId());
        if (row.status() != IdeaStatus.OPEN) {
            throw new InvalidIdeaException("ideas.judged-unchangeable");
        }
        IdeaDraft clean = checked(draft, null);
        blocks.assertMayPost(me.subject());
        rateLimiter.check(me.subject());
        // A point without words would put something on the map the list cannot say: it goes with the words.
        jdbc.sql("""
                        UPDATE idea SET title = ?, description = ?, place = ?, category = ?, updated_at = now(),
                          latitude = CASE WHEN ? = '' THEN NULL ELSE latitude END,
                          longitude = CASE WHEN ? = '' THEN NULL ELSE longitude END
                         WHERE id = ?""")
                .params(clean.title(), clean.description(), clean.place(), clean.category().name(), clean.place(),
                        clean.place(), id).update();
    }

    /**
     * The owner moves their idea's point, or takes it off the map (a null point), while the phase collects ideas and
     * nobody has judged it yet. The place in words comes along: it is the map's text equivalent, so a point needs
     * words. Like a new point, it is kept at street level unless the owner allows the exact one.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void movePoint(long id, String place, ChosenPoint point) {
        Visitor me = writable();
        Row row = ownRow(id, me);
        requireCollecting(row.phaseId());
        if (row.status() != IdeaStatus.OPEN) {
            throw new InvalidIdeaException("ideas.judged-unchangeable");
        }
        String words = IdeaDraft.strip(UserText.line(place));
        if (IdeaDraft.length(words) > IdeaDraft.MAX_PLACE) {
            throw new InvalidIdeaException(Map.of("place", FieldProblem.textKey("ideas.draft.too-long",
                    String.valueOf(IdeaDraft.MAX_PLACE), String.valueOf(IdeaDraft.length(words)))));
        }
        if (point != null && words.isEmpty()) {
            throw new InvalidIdeaException(Map.of("place", FieldProblem.textKey("places.point-needs-address")));
        }
        blocks.assertMayPost(me.subject());
        rateLimiter.check(me.subject());
        MapPoint stored = point == null ? null : point.stored();
        jdbc.sql("""
                        UPDATE idea SET place = ?, latitude = ?, longitude = ?, exact_point = ?, updated_at = now()
                         WHERE id = ?""")
                .params(words, stored == null ? null : stored.latitude(), stored == null ? null : stored.longitude(),
                        point != null && point.exact(), id).update();
    }

    /** One photo per idea, re-encoded without metadata, with a description for who cannot see it. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void setImage(long id, byte[] upload, String altText) {
        Visitor me = writable();
        Row row = ownRow(id, me);
        requireCollecting(row.phaseId());
        String alt = IdeaDraft.strip(altText);
        if (alt.isEmpty()) {
            throw new InvalidIdeaException(Map.of("alt", FieldProblem.textKey("ideas.image.alt-empty")));
        }
        if (IdeaDraft.length(alt) > MAX_ALT) {
            throw new InvalidIdeaException(Map.of("alt",
                    FieldProblem.textKey("ideas.draft.too-long", String.valueOf(MAX_ALT), String.valueOf(IdeaDraft.length(alt)))));
        }
        SafeImage clean;
        try {
            clean = safeImages.raster(upload, MAX_IMAGE_BYTES);
        } catch (UnsafeImageException e) {
            throw new InvalidIdeaException(Map.of("image", FieldProblem.of(e)));
        }
        jdbc.sql("""
                        UPDATE idea SET image_type = ?, image_bytes = ?, image_alt = ?, image_width = ?, image_height = ?,
                          updated_at = now() WHERE id = ?""")
                .params(clean.contentType(), clean.bytes(), alt, clean.width(), clean.height(), id).update();
    }

    /** Counts once per resident, however often and however simultaneously they click. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void support(long id) {
        Visitor me = writable();
        Row row = supportable(id, me);
        int added = jdbc.sql("INSERT INTO idea_support (idea_id, resident_id) VALUES (?, ?) ON CONFLICT DO NOTHING")
                .params(row.id(), me.residentId()).update();
        if (added == 1) {
            jdbc.sql("UPDATE idea SET support_count = support_count + 1 WHERE id = ?").param(id).update();
            Participation.counted(IdeasModule.ID, "support");
        }
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void withdrawSupport(long id) {
        Visitor me = writable();
        Row row = supportable(id, me);
        int removed = jdbc.sql("DELETE FROM idea_support WHERE idea_id = ? AND resident_id = ?")
                .params(row.id(), me.residentId()).update();
        if (removed == 1) {
            jdbc.sql("UPDATE idea SET support_count = support_count - 1 WHERE id = ?").param(id).update();
        }
    }

    /**
     * Staff judge an idea, always with a reason residents read; a merged idea points to the idea it became part of
     * (in the same phase).
     */
    @Transactional
    @PreAuthorize("hasAnyRole('editor', 'tenant-admin')")
    public void judge(long id, IdeaStatus status, String reason, Long mergedInto) {
        writable();
        Row row = row(id).orElseThrow(() -> new NotFoundException("idee"));
        Map<String, FieldProblem> problems = new LinkedHashMap<>();
        if (status == null) {
            problems.put("status", FieldProblem.textKey("ideas.judge.status-empty"));
        }
        String why = IdeaDraft.strip(UserText.lines(reason));
        if (status != null && status != IdeaStatus.OPEN && why.isEmpty()) {
            problems.put("reason", FieldProblem.textKey("ideas.judge.reason-empty"));
        } else if (IdeaDraft.length(why) > MAX_REASON) {
            problems.put("reason", FieldProblem.textKey("ideas.draft.too-long", String.valueOf(MAX_REASON), String.valueOf(IdeaDraft.length(why))));
        }
        if (status == IdeaStatus.MERGED) {
            Optional<Row> target = mergedInto == null ? Optional.empty() : row(mergedInto);
            if (target.isEmpty() || target.get().id() == id || target.get().phaseId() != row.phaseId()
                    || target.get().status() == IdeaStatus.MERGED) {
                problems.put("mergedInto", FieldProblem.textKey("ideas.judge.merge-target-invalid"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidIdeaException(problems);
        }
        jdbc.sql("""
                        UPDATE idea SET status = ?, status_reason = ?, merged_into_id = ?, updated_at = now()
                         WHERE id = ?""")
                .params(status.name(), why.isEmpty() ? null : why, status == IdeaStatus.MERGED ? mergedInto : null, id)
                .update();
    }

    /** The idea as this visitor may see it; not found when they may not. */
    @Transactional(readOnly = true)
    public IdeaDetail view(long id) {
        modules.require(IdeasModule.ID);
        Optional<Visitor> me = currentUser.visitor();
        Row row = row(id).filter(r -> mayRead(r, me.orElse(null))).orElseThrow(() -> new NotFoundException("idee"));
        IdeaPhase phase = phase(row.phaseId()).orElseThrow(() -> new NotFoundException("idee"));
        return jdbc.sql("""
                        SELECT i.*, i.image_bytes IS NOT NULL AS has_image, m.title AS merged_title, r.display_name,
                               EXISTS (SELECT 1 FROM idea_support s WHERE s.idea_id = i.id AND s.resident_id = ?) AS supported
                          FROM idea i LEFT JOIN idea m ON m.id = i.merged_into_id
                          LEFT JOIN resident r ON r.id = i.owner_id WHERE i.id = ?""")
                .params(me.map(Visitor::residentId).orElse(-1L), id)
                .query((rs, n) -> {
                    boolean image = rs.getBoolean("has_image");
                    long merged = rs.getLong("merged_into_id");
                    Long mergedId = rs.wasNull() ? null : merged;
                    int supports = rs.getInt("support_count");
                    String name = rs.getString("display_name");
                    var viewer = new IdeaDetail.Viewer(me.isPresent(), me.isPresent() && row.ownerId() != null
                            && row.ownerId() == me.get().residentId(), rs.getBoolean("supported"),
                            phase.collecting() && phases.mayTakePart(row.phaseId()),
                            me.filter(Visitor::canEdit).isPresent(), me.filter(Visitor::canModerate).isPresent());
                    return new IdeaDetail(id, phase, rs.getString("title"), rs.getString("description"),
                            rs.getString("place"), IdeaCategory.valueOf(rs.getString("category")),
                            IdeaStatus.valueOf(rs.getString("status")), rs.getString("status_reason"), mergedId,
                            rs.getString("merged_title"), supports, reached(phase.supportThreshold(), supports),
                            rs.getBoolean("hidden"), rs.getBoolean("waiting"),
                            name,
                            image ? IdeaImageController.url(id, rs.getTimestamp("updated_at").toInstant()) : null,
                            image ? rs.getString("image_alt") : null, rs.getTimestamp("created_at").toInstant(), viewer,
                            rs.getObject("latitude") == null ? null
                                    : new MapPoint(rs.getDouble("latitude"), rs.getDouble("longitude")));
                }).single();
    }

    /** Visible ideas of a phase (staff also see hidden and waiting ones), a page at a time. */
    @Transactional(readOnly = true)
    public List<IdeaCard> inPhase(long phaseId, Order order, int page) {
        modules.require(IdeasModule.ID);
        if (phase(phaseId).isEmpty()) {
            return List.of();
        }
        boolean staff = currentUser.visitor().filter(Visitor::isStaff).isPresent();
        String sort = order == Order.NEWEST ? "i.created_at DESC, i.id DESC" : "i.support_count DESC, i.id DESC";
        return jdbc.sql(CARD + " WHERE i.phase_id = ? AND (? OR (NOT i.hidden AND NOT i.waiting)) ORDER BY " + sort
                        + " LIMIT ? OFFSET ?")
                .params(phaseId, staff, PAGE_SIZE, Math.max(0, page) * PAGE_SIZE).query(Ideas::card).list();
    }

    @Transactional(readOnly = true)
    public long countInPhase(long phaseId) {
        modules.require(IdeasModule.ID);
        boolean staff = currentUser.visitor().filter(Visitor::isStaff).isPresent();
        return jdbc.sql("SELECT count(*) FROM idea i WHERE i.phase_id = ? AND (? OR (NOT i.hidden AND NOT i.waiting))")
                .params(phaseId, staff).query(Long.class).single();
    }

    /** The newest visible ideas across the municipality's public projects. */
    @Transactional(readOnly = true)
    public List<IdeaCard> newest(int limit) {
        modules.require(IdeasModule.ID);
        return jdbc.sql(CARD + " WHERE NOT i.hidden AND NOT i.waiting ORDER BY i.created_at DESC, i.id DESC LIMIT ?")
                .param(limit).query(Ideas::card).list().stream()
                .filter(card -> phases.ofProject(card.projectId()).stream().findAny().isPresent()).toList();
    }

    private Row supportable(long id, Visitor me) {
        Row row = row(id).filter(r -> mayRead(r, me)).orElseThrow(() -> new NotFoundException("idee"));
        if (row.hidden() || row.waiting()) {
            throw new InvalidIdeaException("ideas.not-public");
        }
        if (row.status() == IdeaStatus.NOT_FEASIBLE || row.status() == IdeaStatus.MERGED) {
            throw new InvalidIdeaException("ideas.support-closed-by-status");
        }
        requireCollecting(row.phaseId());
        return row;
    }

    private void requireCollecting(long phaseId) {
        IdeaPhase phase = phase(phaseId).orElseThrow(() -> new NotFoundException("fase"));
        phases.requireTakingPart(phaseId);
        if (!phase.collecting()) {
            throw new InvalidIdeaException("ideas.deadline-passed");
        }
    }

    private Row ownRow(long id, Visitor me) {
        Row row = row(id).filter(r -> mayRead(r, me)).orElseThrow(() -> new NotFoundException("idee"));
        if (row.ownerId() == null || row.ownerId() != me.residentId()) {
            throw new AccessDeniedException(Texts.dutch("ideas.owner-only"));
        }
        return row;
    }

    private boolean mayRead(Row row, Visitor me) {
        if (phases.find(row.phaseId()).isEmpty()) {
            return false;
        }
        if (!row.hidden() && !row.waiting()) {
            return true;
        }
        return me != null && (me.isStaff() || (row.ownerId() != null && row.ownerId() == me.residentId()));
    }

    private Optional<Row> row(long id) {
        return jdbc.sql("SELECT id, phase_id, owner_id, status, hidden, waiting FROM idea WHERE id = ?").param(id)
                .query((rs, n) -> {
                    long owner = rs.getLong("owner_id");
                    return new Row(rs.getLong("id"), rs.getLong("phase_id"), rs.wasNull() ? null : owner,
                            IdeaStatus.valueOf(rs.getString("status")), rs.getBoolean("hidden"), rs.getBoolean("waiting"));
                }).optional();
    }

    private record Row(long id, long phaseId, Long ownerId, IdeaStatus status, boolean hidden, boolean waiting) {
    }

    private Visitor writable() {
        modules.require(IdeasModule.ID);
        Visitor me = currentUser.require();
        writeGuard.requireWritable();
        return me;
    }

    private static IdeaDraft checked(IdeaDraft draft, ChosenPoint point) {
        var problems = new LinkedHashMap<>(draft.problems());
        if (point != null && draft.stripped().place().isEmpty()) {
            problems.put("place", FieldProblem.textKey("places.point-needs-address"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidIdeaException(problems);
        }
        return draft.stripped();
    }

    static boolean reached(Integer threshold, int supports) {
        return threshold != null && supports >= threshold;
    }

    static IdeaCard card(ResultSet rs, int row) throws SQLException {
        long id = rs.getLong("id");
        int threshold = rs.getInt("support_threshold");
        Integer t = rs.wasNull() ? null : threshold;
        boolean image = rs.getBoolean("has_image");
        int supports = rs.getInt("support_count");
        return new IdeaCard(id, rs.getLong("project_id"), rs.getString("title"), rs.getString("description"),
                rs.getString("place"), IdeaCategory.valueOf(rs.getString("category")),
                IdeaStatus.valueOf(rs.getString("status")), supports, reached(t, supports), rs.getBoolean("hidden"),
                rs.getBoolean("waiting"),
                image ? IdeaImageController.url(id, rs.getTimestamp("updated_at").toInstant()) : null,
                image ? rs.getString("image_alt") : null, rs.getTimestamp("created_at").toInstant());
    }
}
