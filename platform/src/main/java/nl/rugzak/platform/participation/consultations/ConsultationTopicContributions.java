package nl.rugzak.platform.participation.consultations;

import java.util.List;

import nl.rugzak.platform.modules.EnabledModules;
import nl.rugzak.platform.participation.topics.TopicContributions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A topic's page lists the published consultations on it. */
@Component
class ConsultationTopicContributions implements TopicContributions {

    private final JdbcClient jdbc;
    private final EnabledModules modules;

    ConsultationTopicContributions(JdbcClient jdbc, EnabledModules modules) {
        this.jdbc = jdbc;
        this.modules = modules;
    }

    @Override
    public List<Contribution> forTopic(long topicId) {
        if (!modules.isEnabled(ConsultationsModule.ID)) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT id, title, introduction FROM consultation
                         WHERE topic_id = ? AND published_at IS NOT NULL ORDER BY opens_at DESC""")
                .param(topicId)
                .query((rs, row) -> new Contribution("consultations.topic.kind", rs.getString(2),
                        rs.getString(3).length() > 300 ? rs.getString(3).substring(0, 300) + "…" : rs.getString(3),
                        "/inspraak/" + rs.getLong(1)))
                .list();
    }
}
