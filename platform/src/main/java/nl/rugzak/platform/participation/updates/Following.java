package nl.rugzak.platform.participation.updates;

import java.util.List;

import nl.rugzak.platform.content.NotFoundException;
import nl.rugzak.platform.participation.initiatives.InitiativesModule;
import nl.rugzak.platform.modules.EnabledModules;
import nl.rugzak.platform.residents.CurrentUser;
import nl.rugzak.platform.residents.CurrentUser.Visitor;
import nl.rugzak.platform.participation.topics.TopicsModule;
import nl.rugzak.tenantadmin.lifecycle.TenantWriteGuard;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What a resident follows (topics here, initiatives on their page) and the latest public news of each. */
@Service
public class Following {

    public static final int UPDATES_PER_ITEM = 3;

    public record Followed(UpdateTarget target, String title, String link, List<NewsUpdate> latest) {
    }

    private final JdbcClient jdbc;
    private final EnabledModules modules;
    private final CurrentUser currentUser;
    private final TenantWriteGuard writeGuard;
    private final Updates updates;

    Following(JdbcClient jdbc, EnabledModules modules, CurrentUser currentUser, TenantWriteGuard writeGuard,
              Updates updates) {
        this.jdbc = jdbc;
        this.modules = modules;
        this.currentUser = currentUser;
        this.writeGuard = writeGuard;
        this.updates = updates;
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void followTopic(long topicId, boolean follow) {
        modules.require(TopicsModule.ID);
        Visitor me = currentUser.require();
        writeGuard.requireWritable();
        if (jdbc.sql("SELECT count(*) FROM policy_topic WHERE id = ?").param(topicId).query(Long.class).single() == 0) {
            throw new NotFoundException("thema");
        }
        if (follow) {
            jdbc.sql("INSERT INTO topic_follow (topic_id, resident_id) VALUES (?, ?) ON CONFLICT DO NOTHING")
                    .params(topicId, me.residentId()).update();
        } else {
            jdbc.sql("DELETE FROM topic_follow WHERE topic_id = ? AND resident_id = ?").params(topicId, me.residentId())
                    .update();
        }
    }

    public boolean followsTopic(long topicId) {
        return currentUser.visitor().map(me -> jdbc.sql("SELECT count(*) FROM topic_follow WHERE topic_id = ? AND resident_id = ?")
                .params(topicId, me.residentId()).query(Long.class).single() > 0).orElse(false);
    }

    /** The visitor's followed topics and public initiatives, each with its latest public updates. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Followed> mine() {
        modules.require(UpdatesModule.ID);
        Visitor me = currentUser.require();
        List<Followed> topics = !modules.isEnabled(TopicsModule.ID) ? List.of() : jdbc.sql("""
                        SELECT t.id, t.title FROM topic_follow f JOIN policy_topic t ON t.id = f.topic_id
                         WHERE f.resident_id = ? ORDER BY t.title""").param(me.residentId())
                .query((rs, row) -> followed(UpdateTarget.topic(rs.getLong(1)), rs.getString(2))).list();
        List<Followed> initiatives = !modules.isEnabled(InitiativesModule.ID) ? List.of() : jdbc.sql("""
                        SELECT i.id, i.title FROM initiative_follow f JOIN initiative i ON i.id = f.initiative_id
                         WHERE f.resident_id = ? AND NOT i.hidden AND i.status NOT IN ('DRAFT', 'SUBMITTED')
                         ORDER BY i.title""").param(me.residentId())
                .query((rs, row) -> followed(UpdateTarget.initiative(rs.getLong(1)), rs.getString(2))).list();
        return java.util.stream.Stream.concat(topics.stream(), initiatives.stream()).toList();
    }

    private Followed followed(UpdateTarget target, String title) {
        String link = (target.kind() == UpdateTarget.Kind.TOPIC ? "/themas/" : "/initiatieven/") + target.id();
        return new Followed(target, title, link, updates.published(target, UPDATES_PER_ITEM));
    }
}
