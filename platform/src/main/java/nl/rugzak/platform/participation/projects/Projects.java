package nl.rugzak.platform.participation.projects;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.rugzak.platform.content.FieldProblem;
import nl.rugzak.platform.places.MapPoint;
import nl.rugzak.platform.content.NotFoundException;
import nl.rugzak.platform.modules.EnabledModules;
import nl.rugzak.platform.participation.topics.PolicyTopics;
import nl.rugzak.platform.residents.CurrentUser;
import nl.rugzak.platform.residents.CurrentUser.Visitor;
import nl.rugzak.tenantadmin.lifecycle.TenantWriteGuard;
import nl.rugzak.tenantadmin.media.SafeImage;
import nl.rugzak.tenantadmin.media.SafeImages;
import nl.rugzak.tenantadmin.media.UnsafeImageException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What staff do with projects: prepare one with its phases, publish it, place other modules' items in its phases,
 * move the current phase by hand or let the dates decide, and close it with an account of what happened with the
 * input. Residents only read (through {@link ProjectReader}).
 */
@Service
public class Projects {

    public static final int MAX_FINAL_ACCOUNT = 20_000;
    public static final int MAX_IMAGE_BYTES = 5 * 1024 * 1024;
    public static final int MAX_ALT = 300;
    public static final int MAX_PHASES = 12;

    private final JdbcClient jdbc;
    private final EnabledModules modules;
    private final CurrentUser currentUser;
    private final TenantWriteGuard writeGuard;
    private final PolicyTopics topics;
    private final SafeImages safeImages;
    private final PhaseItems phaseItems;
    private final ProjectReader reader;
    private final Clock clock;

    Projects(JdbcClient jdbc, EnabledModules modules, CurrentUser currentUser, TenantWriteGuard writeGuard,
             PolicyTopics topics, SafeImages safeImages, PhaseItems phaseItems, ProjectReader reader, Clock clock) {
        this.jdbc = jdbc;
        this.modules = modules;
        this.currentUser = currentUser;
        this.writeGuard = writeGuard;
        this.topics = topics;
        this.safeImages = safeImages;
        this.phaseItems = phaseItems;
        this.reader = reader;
        this.clock = clock;
    }

    /** The project as this visitor may see it: a draft only for staff. */
    @Transactional(readOnly = true)
    public Project view(long id) {
        modules.require(ProjectsModule.ID);
        return reader.project(id, currentUser.visitor().filter(Visitor::canEdit).isPresent());
    }

    /** Published and closed projects, running ones first. */
    @Transactional(readOnly = true)
    public List<ProjectCard> published() {
        modules.require(ProjectsModule.ID);
        return reader.cards(false, today());
    }

    /** Every project, drafts too, for the back office. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('editor', 'tenant-admin')")
    public List<ProjectCard> all() {
        modules.require(ProjectsModule.ID);
        return reader.cards(true, today());
    }

    @Transactional
    @PreAuthorize("hasAnyRole('editor', 'tenant-admin')")
    public long create(ProjectDraft draft) {
        return create(draft, null);
    }

    /** A project with its point on the map (staff place public things: kept exact); the area says it in words. */
    @Transactional
    @PreAuthorize("hasAnyRole('editor', 'tenant-admin')")
    public long create(ProjectDraft draft, MapPoint point) {
        writable();
        ProjectDraft clean = checked(draft, point);
        long id = jdbc.sql("""
                        INSERT INTO project (title, summary, description, area, contact, latitude, longitude)
                        VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(clean.title(), clean.summary(), clean.description(), clean.area(), clean.contact(),
                        point == null ? null : point.latitude(), point == null ? null : point.longitude())
                .query(Long.class).single();
        saveTopics(id, clean.topicIds());
        return id;
    }

    @Transactional
    @PreAuthorize("hasAnyRole('editor', 'tenant-admin')")
    public void update(long id, ProjectDraft draft) {
        writable();
        requireOpen(id);
        ProjectDraft clean = checked(draft, null);
        // A point without an area in words would put something on the map the list cannot say: it goes too.
        jdbc.sql("""
                        UPDATE project SET title = ?, summary = ?, description = ?, area = ?, contact = ?,
                          latitude = CASE WHEN ? = '' THEN NULL ELSE latitude END,
                          longitude = CASE WHEN ? = '' THEN NULL ELSE longitude END,
                          updated_at = now() WHERE id = ?""")
                .params(clean.title(), clean.summary(), clean.description(), clean.area(), clean.contact(),
                        clean.area(), clean.area(), id)
                .update();
        jdbc.sql("DELETE FROM project_topic WHERE project_id = ?").param(id).update();
        saveTopics(id, clean.topicIds());
    }

    /** The project's changes with its point as now chosen (null takes it off the map). */
    @Transactional
    @PreAuthorize("hasAnyRole('editor', 'tenant-admin')")
    public void update(long id, ProjectDraft draft, MapPoint point) {
        checked(draft, point);
        update(id, draft);
        jdbc.sql("UPDATE project SET latitude = ?, longitude = ? WHERE id = ?")
                .params(point == null ? null : point.latitude(), point == null ? null : point.longitude(), id).update();
    }

    /** One image per project, re-encoded without metadata; the alt text says what it shows. */
    @Transactional
    @PreAuthorize("hasAnyRole('editor', 'tenant-admin')")
    public void setImage(long id, byte[] upload, String altText) {
        writable();
        statusOf(id);
        String alt = ProjectDraft.strip(altText);
        if (alt.isEmpty()) {
            throw new InvalidProjectException(Map.of("alt", FieldProblem.textKey("projects.image.alt-empty")));
        }
        if (ProjectDraft.length(alt) > MAX_ALT) {
            throw new InvalidProjectException(Map.of("alt",
                    FieldProblem.textKey("projects.draft.too-long", String.valueOf(MAX_ALT), String.valueOf(ProjectDraft.length(alt)))));
        }
        SafeImage clean;
        try {
            clean = safeImages.raster(upload, MAX_IMAGE_BYTES);
        } catch (UnsafeImageException e) {
            throw new InvalidProjectException(Map.of("image", FieldProblem.of(e)));
        }
        jdbc.sql("""
                        UPDATE project SET image_type = ?, image_bytes = ?, image_alt = ?, image_width = ?,
                          image_height = ?, updated_at = now() WHERE id = ?""")
                .params(clean.contentType(), clean.bytes(), alt, clean.width(), clean.height(), id).update();
    }

    @Transactional
    @PreAuthorize("hasAnyRole('editor', 'tenant-admin')")
    public void removeImage(long id) {
        writable();
        statusOf(id);
        jdbc.sql("""
                UPDATE project SET image_type = NULL, image_bytes = NULL, image_alt = NULL, image_width = NULL,
                  image_height = NULL, updated_at = now() WHERE id = ?""").param(id).update();
    }

    /** Residents see it from now on; a project without phases has nothing to show them yet. */
    @Transactional
    @PreAuthorize("hasAnyRole('editor', 'tenant-admin')")
    public void publish(long id) {
        writable();
        if (statusOf(id) != ProjectStatus.DRAFT) {
            throw new InvalidProjectException("projects.already-published");
        }
        long phases = jdbc.sql("SELECT count(*) FROM project_phase WHERE project_id = ?").param(id)
                .query(Long.class).single();
        if (phases == 0) {
            throw new InvalidProjectException("projects.publish-needs-phase");
        }
        jdbc.sql("""
                UPDATE project SET status = 'PUBLISHED', published_at = now(), updated_at = now()
                 WHERE id = ? AND status = 'DRAFT'""").param(id).update();
    }

    /** The end: what the municipality did with the residents' input, in its own words. */
    @Transactional
    @PreAuthorize("hasAnyRole('editor', 'tenant-admin')")
    public void close(long id, String finalAccount) {
        writable();
        if (statusOf(id) != ProjectStatus.PUBLISHED) {
            throw new InvalidProjectException("projects.close-only-published");
        }
        String account = ProjectDraft.strip(finalAccount);
        if (account.isEmpty()) {
            throw new InvalidProjectException(Map.of("finalAccount",
                    FieldProblem.textKey("projects.final-account-empty")));
        }
        if (ProjectDraft.length(account) > MAX_FINAL_ACCOUNT) {
            throw new InvalidProjectException(Map.of("finalAccount",
                    FieldProblem.textKey("projects.draft.too-long", String.valueOf(MAX_FINAL_ACCOUNT), String.valueOf(ProjectDraft.length(account)))));
        }
        jdbc.sql("""
                        UPDATE project SET status = 'CLOSED', final_account = ?, current_phase_id = NULL,
                          closed_at = now(), updated_at = now() WHERE id = ?""")
                .params(account, id).update();
    }

    /** Phases may not overlap: on any day at most one phase is current by date. */
    @Transactional
    @PreAuthorize("hasAnyRole('editor', 'tenant-admin')")
    public long addPhase(long projectId, PhaseDraft draft) {
        writable();
        requireOpen(projectId);
        lock(projectId);
        PhaseDraft clean = checkedPhase(projectId, null, draft);
        long count = jdbc.sql("SELECT count(*) FROM project_phase WHERE project_id = ?").param(projectId)
                .query(Long.class).single();
        if (count >= MAX_PHASES) {
            throw new InvalidProjectException("projects.phase.too-many", MAX_PHASES);
        }
        long id = jdbc.sql("""
                        INSERT INTO project_phase (project_id, position, title, starts_on, ends_on, what_now, local_only)
                        VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(projectId, (int) count, clean.title(), clean.startsOn(), clean.endsOn(), clean.whatNow(),
                        clean.localOnly())
                .query(Long.class).single();
        renumber(projectId);
        return id;
    }

    @Transactional
    @PreAuthorize("hasAnyRole('editor', 'tenant-admin')")
    public void updatePhase(long phaseId, PhaseDraft draft) {
        writable();
        long projectId = projectOf(phaseId);
        requireOpen(projectId);
        lock(projectId);
        PhaseDraft clean = checkedPhase(projectId, phaseId, draft);
        jdbc.sql("""
                        UPDATE project_phase SET title = ?, starts_on = ?, ends_on = ?, what_now = ?, local_only = ?
                         WHERE id = ?""")
                .params(clean.title(), clean.startsOn(), clean.endsOn(), clean.whatNow(), clean.localOnly(), phaseId)
                .update();
        renumber(projectId);
    }

    @Transactional
    @PreAuthorize("hasAnyRole('editor', 'tenant-admin')")
    public void removePhase(long phaseId) {
        writable();
        long projectId = projectOf(phaseId);
        requireOpen(projectId);
        lock(projectId);
        if (statusOf(projectId) != ProjectStatus.DRAFT) {
            long left = jdbc.sql("SELECT count(*) FROM project_phase WHERE project_id = ?").param(projectId)
                    .query(Long.class).single();
            if (left <= 1) {
                throw new InvalidProjectException("projects.phase.last-one-stays");
            }
        }
        // No foreign key keeps the pin right (see the changelog): a deleted phase is no longer the current one.
        jdbc.sql("UPDATE project SET current_phase_id = NULL WHERE current_phase_id = ?").param(phaseId).update();
        jdbc.sql("DELETE FROM project_phase WHERE id = ?").param(phaseId).update();
        renumber(projectId);
    }

    /**
     * Staff pin the current phase (when the planning slips) or, with {@code null}, let the dates decide again.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('editor', 'tenant-admin')")
    public void pinPhase(long projectId, Long phaseId) {
        writable();
        requireOpen(projectId);
        if (phaseId != null && projectOf(phaseId) != projectId) {
            throw new NotFoundException("fase");
        }
        jdbc.sql("UPDATE project SET current_phase_id = ?, updated_at = now() WHERE id = ?").params(phaseId, projectId)
                .update();
    }

    /** Places an item of another module in a phase; only a public item of a switched-on module fits. */
    @Transactional
    @PreAuthorize("hasAnyRole('editor', 'tenant-admin')")
    public void place(long phaseId, String module, long itemId) {
        writable();
        long projectId = projectOf(phaseId);
        requireOpen(projectId);
        if (phaseItems.find(module, itemId).isEmpty()) {
            throw new InvalidProjectException(Map.of("item", FieldProblem.textKey("projects.item-unknown")));
        }
        jdbc.sql("""
                        INSERT INTO project_phase_item (phase_id, module, item_id, position)
                        VALUES (?, ?, ?, (SELECT coalesce(max(position) + 1, 0) FROM project_phase_item WHERE phase_id = ?))
                        ON CONFLICT DO NOTHING""")
                .params(phaseId, module, itemId, phaseId).update();
    }

    @Transactional
    @PreAuthorize("hasAnyRole('editor', 'tenant-admin')")
    public void unplace(long phaseId, String module, long itemId) {
        writable();
        requireOpen(projectOf(phaseId));
        jdbc.sql("DELETE FROM project_phase_item WHERE phase_id = ? AND module = ? AND item_id = ?")
                .params(phaseId, module, itemId).update();
    }

    /** What staff can place: each switched-on module's newest public items. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('editor', 'tenant-admin')")
    public Map<String, List<nl.rugzak.platform.participation.PublicItems.Item>> candidates(int perModule) {
        modules.require(ProjectsModule.ID);
        return phaseItems.candidates(perModule);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private void writable() {
        modules.require(ProjectsModule.ID);
        currentUser.require();
        writeGuard.requireWritable();
    }

    private ProjectDraft checked(ProjectDraft draft, MapPoint point) {
        Map<String, FieldProblem> problems = new LinkedHashMap<>(draft.problems());
        if (point != null && draft.stripped().area().isEmpty()) {
            problems.put("area", FieldProblem.textKey("places.point-needs-address"));
        }
        if (draft.topicIds().stream().anyMatch(topic -> !topics.exists(topic))) {
            problems.put("topics", FieldProblem.textKey("projects.draft.topic-unknown"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidProjectException(problems);
        }
        return draft.stripped();
    }

    private PhaseDraft checkedPhase(long projectId, Long phaseId, PhaseDraft draft) {
        Map<String, FieldProblem> problems = new LinkedHashMap<>(draft.problems());
        if (problems.isEmpty()) {
            List<String> overlapping = jdbc.sql("""
                            SELECT title FROM project_phase WHERE project_id = ? AND id <> ?
                               AND starts_on <= ? AND ends_on >= ? ORDER BY starts_on""")
                    .params(projectId, phaseId == null ? -1L : phaseId, draft.endsOn(), draft.startsOn())
                    .query(String.class).list();
            if (!overlapping.isEmpty()) {
                problems.put("startsOn", FieldProblem.textKey("projects.phase.overlaps", overlapping.getFirst()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidProjectException(problems);
        }
        return draft.stripped();
    }

    private void saveTopics(long projectId, List<Long> topicIds) {
        topicIds.forEach(topic -> jdbc.sql("INSERT INTO project_topic (project_id, topic_id) VALUES (?, ?)")
                .params(projectId, topic).update());
    }

    /** Positions follow the dates, so the timeline always reads from first to last. */
    private void renumber(long projectId) {
        jdbc.sql("""
                UPDATE project_phase p SET position = o.n - 1
                  FROM (SELECT id, row_number() OVER (ORDER BY starts_on, id) AS n FROM project_phase
                         WHERE project_id = ?) o
                 WHERE p.id = o.id""").param(projectId).update();
    }

    /** Serialises phase changes per project, so two staff members cannot create overlapping phases together. */
    private void lock(long projectId) {
        jdbc.sql("SELECT id FROM project WHERE id = ? FOR UPDATE").param(projectId).query(Long.class).single();
    }

    private void requireOpen(long projectId) {
        if (statusOf(projectId) == ProjectStatus.CLOSED) {
            throw new InvalidProjectException("projects.closed-unchangeable");
        }
    }

    private ProjectStatus statusOf(long id) {
        return jdbc.sql("SELECT status FROM project WHERE id = ?").param(id).query(String.class).optional()
                .map(ProjectStatus::valueOf).orElseThrow(() -> new NotFoundException("project"));
    }

    private long projectOf(long phaseId) {
        return jdbc.sql("SELECT project_id FROM project_phase WHERE id = ?").param(phaseId).query(Long.class)
                .optional().orElseThrow(() -> new NotFoundException("fase"));
    }
}
