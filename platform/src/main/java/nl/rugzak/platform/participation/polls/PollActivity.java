package nl.rugzak.platform.participation.polls;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import nl.rugzak.platform.modules.EnabledModules;
import nl.rugzak.platform.modules.ModuleActivity;
import nl.rugzak.platform.participation.topics.TopicContributions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Polls in "latest activity" (home page and the polls feed): a poll opening, and its results being published
 * (when it closes; with live results they were visible before, now they are final). Also the polls placed on a
 * topic, for the topic's page.
 */
@Component
class PollActivity implements ModuleActivity, TopicContributions {

    private final JdbcClient jdbc;
    private final EnabledModules modules;
    private final Polls polls;
    private final Clock clock;

    PollActivity(JdbcClient jdbc, EnabledModules modules, Polls polls, Clock clock) {
        this.jdbc = jdbc;
        this.modules = modules;
        this.polls = polls;
        this.clock = clock;
    }

    @Override
    public String module() {
        return PollsModule.ID;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Activity> recent(int limit) {
        if (!modules.isEnabled(PollsModule.ID)) {
            return List.of();
        }
        Timestamp now = Timestamp.from(clock.instant());
        // A poll closed before its opening time never opened.
        return jdbc.sql("""
                        SELECT kind, question, id, at FROM (
                          SELECT 'opened' AS kind, question, id, opens_at AS at FROM poll
                           WHERE published AND opens_at <= ? AND (closed_at IS NULL OR closed_at > opens_at)
                          UNION ALL
                          SELECT 'results', question, id, coalesce(closed_at, closes_at) FROM poll
                           WHERE published AND coalesce(closed_at, closes_at) <= ?
                             AND (closed_at IS NULL OR closed_at > opens_at)
                        ) a ORDER BY at DESC, id DESC LIMIT ?""").params(now, now, limit)
                .query((rs, n) -> new Activity("polls.activity." + rs.getString(1), rs.getString(2),
                        "/peilingen/" + rs.getLong(3), rs.getTimestamp(4).toInstant())).list();
    }

    @Override
    public List<Contribution> forTopic(long topicId) {
        return polls.placedOn(Placement.topic(topicId)).stream()
                .map(p -> new Contribution("polls.contribution-kind", p.question(), p.description(), p.link()))
                .toList();
    }
}
