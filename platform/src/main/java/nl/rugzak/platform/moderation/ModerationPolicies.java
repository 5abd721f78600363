package nl.rugzak.platform.moderation;

import java.util.List;

import nl.rugzak.platform.content.Actors;
import nl.rugzak.tenantadmin.lifecycle.TenantWriteGuard;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Per module and per tenant: pre-moderation (new items and/or comments wait for approval) or post-moderation (they
 * appear at once and can be hidden later). The default is post-moderation. Comments on a module's items follow
 * that module's comment setting.
 */
@Service
public class ModerationPolicies {

    private final JdbcClient jdbc;
    private final ModeratedModules modules;
    private final ModerationLog log;
    private final Actors actors;
    private final TenantWriteGuard writeGuard;

    public ModerationPolicies(JdbcClient jdbc, ModeratedModules modules, ModerationLog log, Actors actors,
                              TenantWriteGuard writeGuard) {
        this.jdbc = jdbc;
        this.modules = modules;
        this.log = log;
        this.actors = actors;
        this.writeGuard = writeGuard;
    }

    public ModulePolicy policy(String module) {
        TenantContext.require();
        return jdbc.sql("SELECT items_premoderated, comments_premoderated FROM moderation_policy WHERE module = ?")
                .param(module)
                .query((rs, row) -> new ModulePolicy(module, rs.getBoolean(1), rs.getBoolean(2)))
                .optional().orElse(new ModulePolicy(module, false, false));
    }

    public boolean itemsPremoderated(String module) {
        return policy(module).itemsPremoderated();
    }

    public boolean commentsPremoderated(String module) {
        return policy(module).commentsPremoderated();
    }

    /** The policy of every module that has moderated items (comments themselves excluded: they follow their module). */
    public List<ModulePolicy> all() {
        return modules.all().stream().map(ModeratedContent::module).filter(m -> !m.equals("comments"))
                .map(this::policy).toList();
    }

    @Transactional
    @PreAuthorize("hasAnyRole('moderator', 'tenant-admin')")
    public void setItemsPremoderated(String module, boolean premoderated) {
        change(module, "items_premoderated", premoderated,
                "Nieuwe items vooraf modereren: " + (premoderated ? "aan" : "uit"));
    }

    @Transactional
    @PreAuthorize("hasAnyRole('moderator', 'tenant-admin')")
    public void setCommentsPremoderated(String module, boolean premoderated) {
        change(module, "comments_premoderated", premoderated,
                "Nieuwe reacties vooraf modereren: " + (premoderated ? "aan" : "uit"));
    }

    private void change(String module, String column, boolean value, String description) {
        writeGuard.requireWritable();
        if (modules.find(module).isEmpty()) {
            throw new nl.rugzak.platform.content.NotFoundException("module " + module);
        }
        // The column name is one of two constants above, never input.
        jdbc.sql("INSERT INTO moderation_policy (module, " + column + ") VALUES (:module, :value) "
                        + "ON CONFLICT (module) DO UPDATE SET " + column + " = EXCLUDED." + column + ", updated_at = now()")
                .param("module", module).param("value", value).update();
        log.record(ModerationActionKind.POLICY_CHANGED, module, null, null, actors.require(), description);
    }
}
