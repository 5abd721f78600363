package nl.rugzak.platform.participation.initiatives;

import java.util.List;

import nl.rugzak.platform.modules.EnabledModules;
import nl.rugzak.platform.modules.ModuleActivity;
import nl.rugzak.platform.participation.topics.TopicContributions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Initiatives on the home page's latest activity and on the pages of the topics they feed into. */
@Component
class InitiativeActivity implements ModuleActivity, TopicContributions {

    private final JdbcClient jdbc;
    private final EnabledModules modules;
    private final InitiativeSearch search;

    InitiativeActivity(JdbcClient jdbc, EnabledModules modules, InitiativeSearch search) {
        this.jdbc = jdbc;
        this.modules = modules;
        this.search = search;
    }

    @Override
    public String module() {
        return InitiativesModule.ID;
    }

    /** New initiatives, status changes and the municipality's responses, public ones only. */
    @Override
    public List<Activity> recent(int limit) {
        if (!modules.isEnabled(InitiativesModule.ID)) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT kind, title, id, at FROM (
                          SELECT 'new-initiative' AS kind, i.title, i.id, i.published_at AS at FROM initiative i
                           WHERE NOT i.hidden AND i.status NOT IN ('DRAFT', 'SUBMITTED')
                          UNION ALL
                          SELECT 'municipality-response', i.title, i.id, r.created_at FROM initiative_response r
                            JOIN initiative i ON i.id = r.initiative_id
                           WHERE NOT i.hidden AND i.status NOT IN ('DRAFT', 'SUBMITTED')
                        ) a ORDER BY at DESC LIMIT ?""").param(limit)
                .query((rs, row) -> new Activity("initiatives.activity." + rs.getString(1), rs.getString(2), "/initiatieven/" + rs.getLong(3),
                        rs.getTimestamp(4).toInstant())).list();
    }

    @Override
    public List<Contribution> forTopic(long topicId) {
        if (!modules.isEnabled(InitiativesModule.ID)) {
            return List.of();
        }
        return search.linkedTo(topicId).stream()
                .map(card -> new Contribution("initiatives.contribution-kind", card.title(), card.summary(), card.link())).toList();
    }
}
