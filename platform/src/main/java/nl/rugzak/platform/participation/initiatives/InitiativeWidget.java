package nl.rugzak.platform.participation.initiatives;

import java.util.List;

import nl.rugzak.platform.widget.WidgetSource;
import nl.rugzak.tenantadmin.text.Texts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The latest public initiatives for the embeddable widget: visible and published or later, never drafts. */
@Component
class InitiativeWidget implements WidgetSource {

    private final JdbcClient jdbc;

    InitiativeWidget(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String kind() {
        return "initiatieven";
    }

    @Override
    public String module() {
        return InitiativesModule.ID;
    }

    @Override
    public String heading() {
        return Texts.dutch("initiatives.widget.heading");
    }

    @Override
    public String overviewPath() {
        return "/initiatieven";
    }

    @Override
    @Transactional(readOnly = true)
    public List<Item> latest(int count) {
        return jdbc.sql("""
                        SELECT id, title, summary, published_at FROM initiative
                         WHERE NOT hidden AND status NOT IN ('DRAFT', 'SUBMITTED')
                         ORDER BY published_at DESC NULLS LAST, id DESC LIMIT ?""")
                .param(count)
                .query((rs, row) -> new Item(rs.getString(2), rs.getString(3), "/initiatieven/" + rs.getLong(1),
                        rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant()))
                .list();
    }
}
