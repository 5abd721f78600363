package nl.rugzak.platform.participation.topics;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import nl.rugzak.platform.modules.EnabledModules;
import nl.rugzak.platform.modules.ModuleActivity;
import nl.rugzak.platform.content.NotFoundException;
import nl.rugzak.tenantadmin.lifecycle.TenantWriteGuard;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The current municipality's policy topics. Anyone reads them; editors write them. */
@Service
public class PolicyTopics implements ModuleActivity {

    private static final String COLUMNS = "id, title, summary, plans, questions, status, contact_name, contact_email, created_at, updated_at";

    private final JdbcClient jdbc;
    private final EnabledModules modules;
    private final TenantWriteGuard writeGuard;

    public PolicyTopics(JdbcClient jdbc, EnabledModules modules, TenantWriteGuard writeGuard) {
        this.jdbc = jdbc;
        this.modules = modules;
        this.writeGuard = writeGuard;
    }

    @Transactional(readOnly = true)
    public List<PolicyTopic> all() {
        modules.require(TopicsModule.ID);
        return jdbc.sql("SELECT " + COLUMNS + " FROM policy_topic ORDER BY status = 'DONE', updated_at DESC")
                .query(PolicyTopics::map).list();
    }

    @Transactional(readOnly = true)
    public PolicyTopic find(long id) {
        modules.require(TopicsModule.ID);
        return jdbc.sql("SELECT " + COLUMNS + " FROM policy_topic WHERE id = ?").param(id)
                .query(PolicyTopics::map).optional().orElseThrow(() -> new NotFoundException("thema"));
    }

    /** Whether the topic exists here, for modules that link to topics. */
    public boolean exists(long id) {
        return modules.isEnabled(TopicsModule.ID)
                && jdbc.sql("SELECT count(*) FROM policy_topic WHERE id = ?").param(id).query(Long.class).single() > 0;
    }

    /** A topic's title whether or not the module is on, for other modules naming what their items are about. */
    @Transactional(readOnly = true)
    public java.util.Optional<String> titleOf(long id) {
        return jdbc.sql("SELECT title FROM policy_topic WHERE id = ?").param(id).query(String.class).optional();
    }

    @Transactional
    @PreAuthorize("hasAnyRole('editor', 'tenant-admin')")
    public PolicyTopic create(TopicDraft draft) {
        modules.require(TopicsModule.ID);
        writeGuard.requireWritable();
        check(draft);
        long id = jdbc.sql("""
                        INSERT INTO policy_topic (title, summary, plans, questions, status, contact_name, contact_email)
                        VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(values(draft)).query(Long.class).single();
        return find(id);
    }

    @Transactional
    @PreAuthorize("hasAnyRole('editor', 'tenant-admin')")
    public PolicyTopic update(long id, TopicDraft draft) {
        find(id);
        writeGuard.requireWritable();
        check(draft);
        Object[] values = values(draft);
        Object[] params = java.util.Arrays.copyOf(values, values.length + 1);
        params[values.length] = id;
        jdbc.sql("""
                        UPDATE policy_topic SET title = ?, summary = ?, plans = ?, questions = ?, status = ?,
                          contact_name = ?, contact_email = ?, updated_at = now() WHERE id = ?""")
                .params(params).update();
        return find(id);
    }

    @Override
    public String module() {
        return TopicsModule.ID;
    }

    @Override
    public List<Activity> recent(int limit) {
        if (!modules.isEnabled(TopicsModule.ID)) {
            return List.of();
        }
        return jdbc.sql("SELECT id, title, updated_at FROM policy_topic ORDER BY updated_at DESC LIMIT ?").param(limit)
                .query((rs, row) -> new Activity("topics.activity.kind", rs.getString(2), "/themas/" + rs.getLong(1),
                        rs.getTimestamp(3).toInstant())).list();
    }

    private static void check(TopicDraft draft) {
        var problems = draft.problems();
        if (!problems.isEmpty()) {
            throw new InvalidTopicException(problems);
        }
    }

    private static Object[] values(TopicDraft draft) {
        return new Object[] {draft.title().strip(), draft.summary().strip(), nullToEmpty(draft.plans()),
                nullToEmpty(draft.questions()), draft.status().name(), blankToNull(draft.contactName()),
                blankToNull(draft.contactEmail())};
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static PolicyTopic map(ResultSet rs, int row) throws SQLException {
        return new PolicyTopic(rs.getLong("id"), rs.getString("title"), rs.getString("summary"), rs.getString("plans"),
                rs.getString("questions"), TopicStatus.valueOf(rs.getString("status")), rs.getString("contact_name"),
                rs.getString("contact_email"), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }
}
