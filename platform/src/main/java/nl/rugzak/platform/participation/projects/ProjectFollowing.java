package nl.rugzak.platform.participation.projects;

import java.util.Optional;

import nl.rugzak.platform.content.NotFoundException;
import nl.rugzak.platform.modules.EnabledModules;
import nl.rugzak.platform.notifications.Audience;
import nl.rugzak.platform.residents.CurrentUser;
import nl.rugzak.platform.residents.CurrentUser.Visitor;
import nl.rugzak.tenantadmin.lifecycle.TenantWriteGuard;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Residents following a project to hear of its news, and what news needs to know of a project: whether residents
 * may see it (published or closed), its title and its followers. A draft is nobody's to follow or write news on.
 */
@Service
public class ProjectFollowing {

    private final JdbcClient jdbc;
    private final EnabledModules modules;
    private final CurrentUser currentUser;
    private final TenantWriteGuard writeGuard;

    ProjectFollowing(JdbcClient jdbc, EnabledModules modules, CurrentUser currentUser, TenantWriteGuard writeGuard) {
        this.jdbc = jdbc;
        this.modules = modules;
        this.currentUser = currentUser;
        this.writeGuard = writeGuard;
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void follow(long projectId, boolean follow) {
        modules.require(ProjectsModule.ID);
        Visitor me = currentUser.require();
        writeGuard.requireWritable();
        if (publicTitle(projectId).isEmpty()) {
            throw new NotFoundException("project");
        }
        if (follow) {
            jdbc.sql("INSERT INTO project_follow (project_id, resident_id) VALUES (?, ?) ON CONFLICT DO NOTHING")
                    .params(projectId, me.residentId()).update();
        } else {
            jdbc.sql("DELETE FROM project_follow WHERE project_id = ? AND resident_id = ?")
                    .params(projectId, me.residentId()).update();
        }
    }

    @Transactional(readOnly = true)
    public boolean follows(long projectId) {
        return currentUser.visitor().map(me -> jdbc.sql(
                        "SELECT count(*) FROM project_follow WHERE project_id = ? AND resident_id = ?")
                .params(projectId, me.residentId()).query(Long.class).single() > 0).orElse(false);
    }

    /** The title of a project residents may see here (published or closed), with projects switched on. */
    @Transactional(readOnly = true)
    public Optional<String> publicTitle(long projectId) {
        if (!modules.isEnabled(ProjectsModule.ID)) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT title FROM project WHERE id = ? AND status <> 'DRAFT'").param(projectId)
                .query(String.class).optional();
    }

    /** Ids of projects residents may not see (drafts), comma-separated, for news lists that leave their news out. */
    @Transactional(readOnly = true)
    public String notPublicIds() {
        return String.join(",", jdbc.sql("SELECT id FROM project WHERE status = 'DRAFT' ORDER BY id")
                .query(Long.class).list().stream().map(String::valueOf).toList());
    }

    /** A project a resident follows, for their "Wat ik volg" page. */
    public record FollowedProject(long id, String title) {
    }

    /** The projects this resident follows that residents may see (drafts never), by title. */
    @Transactional(readOnly = true)
    public java.util.List<FollowedProject> followedBy(long residentId) {
        if (!modules.isEnabled(ProjectsModule.ID)) {
            return java.util.List.of();
        }
        return jdbc.sql("""
                        SELECT p.id, p.title FROM project_follow f JOIN project p ON p.id = f.project_id
                         WHERE f.resident_id = ? AND p.status <> 'DRAFT' ORDER BY p.title, p.id""")
                .param(residentId).query((rs, row) -> new FollowedProject(rs.getLong(1), rs.getString(2))).list();
    }

    /** Who follows the project, for a notice (one query in the notifications' own statement). */
    public Audience followers(long projectId) {
        return Audience.query("SELECT resident_id FROM project_follow WHERE project_id = ?", projectId);
    }
}
