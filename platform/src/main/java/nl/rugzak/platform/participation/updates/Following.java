package nl.rugzak.platform.participation.updates;

import nl.rugzak.platform.participation.initiatives.Initiatives;
import nl.rugzak.platform.participation.projects.ProjectFollowing;
import nl.rugzak.platform.participation.topics.PolicyTopics;

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

/**
 * What a resident follows (topics here, initiatives and projects on their own pages) and the latest public news of
 * each.
 */
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
    private final Initiatives initiatives;
    private final PolicyTopics topics;
    private final ProjectFollowing projects;

    Following(JdbcClient jdbc, EnabledModules modules, CurrentUser currentUser, TenantWriteGuard writeGuard,
              Updates updates, Initiatives initiatives, PolicyTopics topics, ProjectFollowing projects) {
        this.projects = projects;
        this.initiatives = initiatives;
        this.topics = topics;
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
        if (topics.titleOf(topicId).isEmpty()) {
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

    /** The visitor's followed topics, public initiatives and public projects, each with its latest public updates. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Followed> mine() {
        modules.require(UpdatesModule.ID);
        Visitor me = currentUser.require();
        List<Followed> followedTopics = !modules.isEnabled(TopicsModule.ID) ? List.of() : jdbc.sql(
                        "SELECT topic_id FROM topic_follow WHERE resident_id = ?").param(me.residentId())
                .query(Long.class).list().stream()
                .flatMap(id -> topics.titleOf(id).map(title -> followed(UpdateTarget.topic(id), title)).stream())
                .sorted(java.util.Comparator.comparing(Followed::title)).toList();
        List<Followed> followedInitiatives = !modules.isEnabled(InitiativesModule.ID) ? List.of()
                : initiatives.followedBy(me.residentId()).stream()
                .map(i -> followed(UpdateTarget.initiative(i.id()), i.title())).toList();
        List<Followed> followedProjects = projects.followedBy(me.residentId()).stream()
                .map(p -> followed(UpdateTarget.project(p.id()), p.title())).toList();
        return java.util.stream.Stream.of(followedTopics, followedInitiatives, followedProjects)
                .flatMap(List::stream).toList();
    }

    private Followed followed(UpdateTarget target, String title) {
        String link = switch (target.kind()) {
            case TOPIC -> "/themas/";
            case PROJECT -> "/projecten/";
            default -> "/initiatieven/";
        } + target.id();
        return new Followed(target, title, link, updates.published(target, UPDATES_PER_ITEM));
    }
}
