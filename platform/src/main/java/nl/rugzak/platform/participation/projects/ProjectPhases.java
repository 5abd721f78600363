package nl.rugzak.platform.participation.projects;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import nl.rugzak.platform.modules.EnabledModules;
import nl.rugzak.platform.residents.CurrentUser;
import nl.rugzak.platform.residents.CurrentUser.Visitor;
import nl.rugzak.tenantadmin.text.UserFacingException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public face of phases for modules that live inside them (ideas, budgets, polls): whether a phase is open and
 * whether the current visitor may take part in it. A phase is open while its project is published and it is the
 * current phase (pinned by staff, or by its dates on the application clock).
 */
@Service
public class ProjectPhases {

    private final JdbcClient jdbc;
    private final EnabledModules modules;
    private final CurrentUser currentUser;
    private final LocalResidents localResidents;
    private final Clock clock;

    ProjectPhases(JdbcClient jdbc, EnabledModules modules, CurrentUser currentUser, LocalResidents localResidents,
                  Clock clock) {
        this.jdbc = jdbc;
        this.modules = modules;
        this.currentUser = currentUser;
        this.localResidents = localResidents;
        this.clock = clock;
    }

    /** The phase if its project is public here (staff editing also see drafts' phases). */
    @Transactional(readOnly = true)
    public Optional<PhaseInfo> find(long phaseId) {
        if (!modules.isEnabled(ProjectsModule.ID)) {
            return Optional.empty();
        }
        boolean staff = currentUser.visitor().filter(Visitor::canEdit).isPresent();
        return jdbc.sql("""
                        SELECT f.id, f.project_id, p.title AS project_title, f.title, f.starts_on, f.ends_on,
                               f.local_only, p.status, f.id = %s AS current
                          FROM project_phase f JOIN project p ON p.id = f.project_id WHERE f.id = ?"""
                        .formatted(ProjectReader.CURRENT_PHASE))
                .params(LocalDate.now(clock), phaseId)
                .query((rs, n) -> new PhaseInfo(rs.getLong("id"), rs.getLong("project_id"),
                        rs.getString("project_title"), rs.getString("title"),
                        rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
                        rs.getBoolean("local_only"), rs.getBoolean("current") && !"CLOSED".equals(rs.getString("status")),
                        ProjectStatus.valueOf(rs.getString("status"))))
                .optional().filter(info -> staff || info.projectStatus().isPublic());
    }

    /** The phases of a project in order, for pages of modules inside it. */
    @Transactional(readOnly = true)
    public List<PhaseInfo> ofProject(long projectId) {
        if (!modules.isEnabled(ProjectsModule.ID)) {
            return List.of();
        }
        return jdbc.sql("SELECT id FROM project_phase WHERE project_id = ? ORDER BY position").param(projectId)
                .query(Long.class).list().stream().flatMap(id -> find(id).stream()).toList();
    }

    @Transactional(readOnly = true)
    public boolean isOpen(long phaseId) {
        return find(phaseId).map(PhaseInfo::open).orElse(false);
    }

    /** Open, and if the phase is for the municipality's own residents, the visitor confirmed a postcode here. */
    @Transactional(readOnly = true)
    public boolean mayTakePart(long phaseId) {
        return find(phaseId).filter(PhaseInfo::open)
                .filter(phase -> !phase.localOnly() || localResidents.currentIsLocal()).isPresent();
    }

    /**
     * The phase that keeps this resident out of a module's item: one "only for residents of the municipality" holds
     * it and they have not confirmed a postcode inside the ranges (its project page is where they can). For items
     * placed in phases (budgets) rather than living in one (ideas); with projects switched off, phases' rules stop.
     */
    @Transactional(readOnly = true)
    public Optional<PhaseInfo> keptOutBy(String module, long itemId, long residentId) {
        if (!modules.isEnabled(ProjectsModule.ID)) {
            return Optional.empty();
        }
        // Most items sit in no such phase: one query answers for them, the resident's answer is read only if needed.
        return jdbc.sql("""
                        SELECT i.phase_id FROM project_phase_item i JOIN project_phase f ON f.id = i.phase_id
                         WHERE i.module = ? AND i.item_id = ? AND f.local_only ORDER BY i.phase_id LIMIT 1""")
                .params(module, itemId).query(Long.class).optional()
                .filter(phase -> !localResidents.isLocal(residentId)).flatMap(this::find);
    }

    /**
     * For services of modules inside a phase: refuses, with the reason in the resident's words, when the visitor
     * may not take part now.
     */
    @Transactional(readOnly = true)
    public PhaseInfo requireTakingPart(long phaseId) {
        PhaseInfo phase = find(phaseId).orElseThrow(() -> new nl.rugzak.platform.content.NotFoundException("fase"));
        if (!phase.open()) {
            LocalDate today = LocalDate.now(clock);
            throw new UserFacingException(phase.projectStatus() == ProjectStatus.PUBLISHED && today.isBefore(phase.startsOn())
                    ? "projects.phase.not-yet-open" : "projects.phase.closed");
        }
        if (phase.localOnly() && !localResidents.currentIsLocal()) {
            throw new UserFacingException("projects.phase.local-only");
        }
        return phase;
    }
}
