package nl.rugzak.platform.participation.initiatives;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import nl.rugzak.platform.modules.EnabledModules;
import nl.rugzak.platform.residents.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lists of initiatives, one page at a time. The public list holds only published, visible ones; staff see every
 * submitted one too; a resident sees their own drafts in "mijn initiatieven".
 */
@Service
public class InitiativeSearch {

    public static final int PAGE_SIZE = 12;
    private static final String PUBLIC = "NOT i.hidden AND i.status NOT IN ('DRAFT', 'SUBMITTED')";

    private final JdbcClient jdbc;
    private final EnabledModules modules;
    private final CurrentUser currentUser;

    public InitiativeSearch(JdbcClient jdbc, EnabledModules modules, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.modules = modules;
        this.currentUser = currentUser;
    }

    @Transactional(readOnly = true)
    public ResultPage<InitiativeCard> published(InitiativeFilter filter, int page) {
        modules.require(InitiativesModule.ID);
        return find(PUBLIC, filter, page, PAGE_SIZE);
    }

    /** Every initiative except drafts, hidden ones included, for the back-office. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('editor', 'moderator', 'tenant-admin')")
    public ResultPage<InitiativeCard> forStaff(InitiativeFilter filter, int page) {
        modules.require(InitiativesModule.ID);
        return find("i.status <> 'DRAFT'", filter, page, 25);
    }

    @Transactional(readOnly = true)
    public List<InitiativeCard> mine() {
        modules.require(InitiativesModule.ID);
        long me = currentUser.require().residentId();
        return jdbc.sql(SELECT + " WHERE i.owner_id = ? ORDER BY i.updated_at DESC").param(me)
                .query(InitiativeSearch::card).list();
    }

    /** The initiatives linked to a topic and public. */
    List<InitiativeCard> linkedTo(long topicId) {
        return jdbc.sql(SELECT + """
                         JOIN initiative_topic_link l ON l.initiative_id = i.id AND l.state = 'ACCEPTED'
                        WHERE l.topic_id = ? AND""" + " " + PUBLIC + " ORDER BY i.published_at DESC")
                .param(topicId).query(InitiativeSearch::card).list();
    }

    private static final String SELECT = """
            SELECT i.id, i.title, i.summary, i.place, c.name AS category, i.status, i.supporter_count,
                   i.published_at, i.hidden
              FROM initiative i LEFT JOIN initiative_category c ON c.id = i.category_id""";

    private ResultPage<InitiativeCard> find(String scope, InitiativeFilter filter, int page, int size) {
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder(" WHERE ").append(scope);
        if (filter.text() != null && !filter.text().isBlank()) {
            where.append(" AND i.search @@ websearch_to_tsquery('dutch', ?)");
            params.add(filter.text().strip());
        }
        if (filter.status() != null) {
            where.append(" AND i.status = ?");
            params.add(filter.status().name());
        }
        if (filter.categoryId() != null) {
            where.append(" AND i.category_id = ?");
            params.add(filter.categoryId());
        }
        if (filter.topicId() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM initiative_topic_link l WHERE l.initiative_id = i.id"
                    + " AND l.topic_id = ? AND l.state = 'ACCEPTED')");
            params.add(filter.topicId());
        }
        String order = filter.order() == InitiativeFilter.Order.MOST_SUPPORTED
                ? " ORDER BY i.supporter_count DESC, i.id DESC"
                : " ORDER BY i.published_at DESC NULLS LAST, i.id DESC";
        long total = jdbc.sql("SELECT count(*) FROM initiative i" + where).params(params).query(Long.class).single();
        int safePage = Math.max(0, Math.min(page, (int) ((total - 1) / size)));
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(size);
        pageParams.add((long) safePage * size);
        List<InitiativeCard> items = jdbc.sql(SELECT + where + order + " LIMIT ? OFFSET ?").params(pageParams)
                .query(InitiativeSearch::card).list();
        return new ResultPage<>(items, total, safePage, size);
    }

    static InitiativeCard card(ResultSet rs, int row) throws SQLException {
        var published = rs.getTimestamp("published_at");
        return new InitiativeCard(rs.getLong("id"), rs.getString("title"), rs.getString("summary"),
                rs.getString("place"), rs.getString("category"), InitiativeStatus.valueOf(rs.getString("status")),
                rs.getInt("supporter_count"), published == null ? null : published.toInstant(), rs.getBoolean("hidden"));
    }
}
