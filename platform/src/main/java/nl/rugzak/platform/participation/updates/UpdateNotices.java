package nl.rugzak.platform.participation.updates;

import java.util.Optional;

import nl.rugzak.platform.modules.EnabledModules;
import nl.rugzak.platform.notifications.Audience;
import nl.rugzak.platform.notifications.Notice;
import nl.rugzak.platform.notifications.NotificationKind;
import nl.rugzak.platform.notifications.Notifications;
import nl.rugzak.platform.participation.initiatives.Initiatives;
import nl.rugzak.platform.participation.initiatives.InitiativesModule;
import nl.rugzak.platform.participation.projects.ProjectFollowing;
import nl.rugzak.platform.participation.topics.PolicyTopics;
import nl.rugzak.platform.participation.topics.TopicsModule;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells the followers of a topic, initiative or project that news about it was published (posted "now", published by hand or
 * by the scheduler), in the publishing transaction. Once per update (its event key), however it got published; news
 * still waiting for a moderator tells nobody; the author is left out.
 */
@Component
class UpdateNotices {

    private final JdbcClient jdbc;
    private final Notifications notifications;
    private final EnabledModules modules;
    private final Initiatives initiatives;
    private final PolicyTopics topics;
    private final ProjectFollowing projects;

    UpdateNotices(JdbcClient jdbc, Notifications notifications, EnabledModules modules, Initiatives initiatives,
                  PolicyTopics topics, ProjectFollowing projects) {
        this.projects = projects;
        this.jdbc = jdbc;
        this.notifications = notifications;
        this.modules = modules;
        this.initiatives = initiatives;
        this.topics = topics;
    }

    private record Published(String title, Long topicId, Long initiativeId, Long projectId, Long authorId) {
    }

    /** @return how many residents were told */
    int published(long updateId) {
        Optional<Published> update = jdbc.sql("""
                        SELECT title, topic_id, initiative_id, project_id, author_id FROM news_update
                         WHERE id = ? AND status = 'PUBLISHED' AND moderation = 'VISIBLE'""").param(updateId)
                .query((rs, row) -> new Published(rs.getString(1), (Long) rs.getObject(2), (Long) rs.getObject(3),
                        (Long) rs.getObject(4), (Long) rs.getObject(5))).optional();
        if (update.isEmpty()) {
            return 0;
        }
        Published news = update.get();
        Optional<String> about;
        Audience audience;
        String eventKey = "news:" + updateId;
        if (news.topicId() != null && modules.isEnabled(TopicsModule.ID)) {
            about = topics.titleOf(news.topicId());
            audience = Audience.query("SELECT resident_id FROM topic_follow WHERE topic_id = ?", news.topicId());
        } else if (news.initiativeId() != null && modules.isEnabled(InitiativesModule.ID)) {
            about = initiatives.publicTitle(news.initiativeId());
            audience = initiatives.followers(news.initiativeId());
        } else if (news.projectId() != null) {
            // publicTitle is empty when projects are switched off or the project is a draft: nobody is told then.
            about = projects.publicTitle(news.projectId());
            audience = projects.followers(news.projectId());
            eventKey = "project-news:" + updateId;
        } else {
            return 0;
        }
        if (about.isEmpty()) {
            return 0;
        }
        return notifications.record(Notice.of(NotificationKind.FOLLOWED_NEWS, news.title(), "/nieuws/" + updateId)
                .withDetail(about.get()).once(eventKey), audience.except(news.authorId()));
    }
}
