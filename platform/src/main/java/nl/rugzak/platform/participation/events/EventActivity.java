package nl.rugzak.platform.participation.events;

import java.util.List;

import nl.rugzak.platform.modules.EnabledModules;
import nl.rugzak.platform.modules.ModuleActivity;
import nl.rugzak.platform.participation.topics.TopicContributions;
import nl.rugzak.tenantadmin.text.Texts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** New events and new reports on the home page's latest activity; upcoming events on their topic's page. */
@Component
class EventActivity implements ModuleActivity, TopicContributions {

    private final JdbcClient jdbc;
    private final EnabledModules modules;
    private final Events events;

    EventActivity(JdbcClient jdbc, EnabledModules modules, Events events) {
        this.jdbc = jdbc;
        this.modules = modules;
        this.events = events;
    }

    @Override
    public String module() {
        return EventsModule.ID;
    }

    @Override
    public List<Activity> recent(int limit) {
        if (!modules.isEnabled(EventsModule.ID)) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT kind, title, id, at FROM (
                          SELECT 'new-event' AS kind, title, id, created_at AS at FROM event
                          UNION ALL
                          SELECT 'report', title, id, reported_at FROM event WHERE reported_at IS NOT NULL
                        ) a ORDER BY at DESC LIMIT ?""").param(limit)
                .query((rs, row) -> new Activity("events.activity." + rs.getString(1), rs.getString(2),
                        "/agenda/" + rs.getLong(3), rs.getTimestamp(4).toInstant())).list();
    }

    @Override
    public List<Contribution> forTopic(long topicId) {
        if (!modules.isEnabled(EventsModule.ID)) {
            return List.of();
        }
        // Called while a topic page is built: in the visitor's language.
        var ui = com.vaadin.flow.component.UI.getCurrent();
        var language = ui == null ? Texts.DUTCH : Texts.supported(ui.getLocale());
        return events.upcomingForTopic(topicId, 5).stream()
                .map(card -> new Contribution("events.contribution-kind", card.title(),
                        nl.rugzak.tenantadmin.time.Dates.moment(card.startsAt(), language) + (card.address() == null ? "" : " · " + card.address()),
                        card.link())).toList();
    }
}
