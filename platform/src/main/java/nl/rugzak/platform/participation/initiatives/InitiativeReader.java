package nl.rugzak.platform.participation.initiatives;

import nl.rugzak.platform.places.MapPoint;
import nl.rugzak.platform.participation.topics.PolicyTopics;

import java.util.List;
import java.util.Optional;

import nl.rugzak.platform.participation.initiatives.InitiativeDetail.Image;
import nl.rugzak.platform.participation.initiatives.InitiativeDetail.LinkState;
import nl.rugzak.platform.participation.initiatives.InitiativeDetail.Owner;
import nl.rugzak.platform.participation.initiatives.InitiativeDetail.Response;
import nl.rugzak.platform.participation.initiatives.InitiativeDetail.StatusChange;
import nl.rugzak.platform.participation.initiatives.InitiativeDetail.TopicLink;
import nl.rugzak.platform.participation.initiatives.InitiativeDetail.Viewer;
import nl.rugzak.platform.content.NotFoundException;
import nl.rugzak.platform.residents.CurrentUser.Visitor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads one initiative for one visitor. Who may read what is decided here only: anyone reads a published, visible
 * initiative; the owner also their draft, submitted or hidden one; staff everything but others' drafts.
 */
@Component
class InitiativeReader {

    private final JdbcClient jdbc;
    private final HiddenReasons hiddenReasons;
    private final PolicyTopics topics;

    InitiativeReader(JdbcClient jdbc, HiddenReasons hiddenReasons, PolicyTopics topics) {
        this.topics = topics;
        this.jdbc = jdbc;
        this.hiddenReasons = hiddenReasons;
    }

    boolean mayRead(long id, Visitor visitor) {
        return access(id, Optional.ofNullable(visitor)).isPresent();
    }

    private record Access(Long owner, InitiativeStatus status, boolean hidden, boolean isOwner, boolean staff) {
    }

    private Optional<Access> access(long id, Optional<Visitor> visitor) {
        return jdbc.sql("SELECT owner_id, status, hidden FROM initiative WHERE id = ?").param(id)
                .query((rs, row) -> {
                    long owner = rs.getLong(1);
                    Long ownerId = rs.wasNull() ? null : owner;
                    InitiativeStatus status = InitiativeStatus.valueOf(rs.getString(2));
                    boolean isOwner = ownerId != null && visitor.map(v -> v.residentId() == ownerId).orElse(false);
                    boolean staff = visitor.map(Visitor::isStaff).orElse(false);
                    return new Access(ownerId, status, rs.getBoolean(3), isOwner, staff);
                }).optional()
                .filter(a -> a.isOwner || (a.status.isPublic() && !a.hidden)
                        || (a.staff && a.status != InitiativeStatus.DRAFT));
    }

    InitiativeDetail detail(long id, Optional<Visitor> visitor) {
        Access access = access(id, visitor).orElseThrow(() -> new NotFoundException("initiatief"));
        long residentId = visitor.map(Visitor::residentId).orElse(-1L);
        // Reasons for status changes and refused topic links are written to the owner, not to the world.
        boolean insider = access.isOwner || access.staff;
        return jdbc.sql("""
                        SELECT i.*, c.name AS category, r.display_name AS owner_name, r.email AS owner_email,
                               EXISTS (SELECT 1 FROM initiative_support s WHERE s.initiative_id = i.id AND s.resident_id = ?) AS supported,
                               EXISTS (SELECT 1 FROM initiative_follow f WHERE f.initiative_id = i.id AND f.resident_id = ?) AS following
                          FROM initiative i LEFT JOIN initiative_category c ON c.id = i.category_id
                          LEFT JOIN resident r ON r.id = i.owner_id
                         WHERE i.id = ?""")
                .params(residentId, residentId, id)
                .query((rs, row) -> {
                    boolean showContact = rs.getBoolean("show_contact");
                    String ownerName = rs.getString("owner_name");
                    Owner owner = new Owner(ownerName == null ? "verwijderde deelnemer" : ownerName,
                            showContact && visitor.isPresent() ? rs.getString("owner_email") : null);
                    var published = rs.getTimestamp("published_at");
                    long category = rs.getLong("category_id");
                    Long categoryId = rs.wasNull() ? null : category;
                    boolean hidden = rs.getBoolean("hidden");
                    Viewer viewer = new Viewer(visitor.isPresent(), access.isOwner, access.staff,
                            visitor.map(Visitor::canEdit).orElse(false), visitor.map(Visitor::canModerate).orElse(false),
                            rs.getBoolean("supported"), rs.getBoolean("following"));
                    return new InitiativeDetail(id, rs.getString("title"), rs.getString("summary"),
                            rs.getString("description"), rs.getString("place"), categoryId, rs.getString("category"),
                            rs.getString("help_wanted"), showContact, InitiativeStatus.valueOf(rs.getString("status")),
                            insider ? rs.getString("status_reason") : null, hidden,
                            hidden && (access.isOwner || access.staff) ? hiddenReasons.reasonFor(id) : null,
                            rs.getInt("supporter_count"), rs.getTimestamp("created_at").toInstant(),
                            published == null ? null : published.toInstant(), owner, images(id), history(id, insider),
                            responses(id), topics(id, insider), viewer, point(rs), rs.getBoolean("exact_point"));
                }).single();
    }

    private static MapPoint point(java.sql.ResultSet rs) throws java.sql.SQLException {
        Object latitude = rs.getObject("latitude");
        return latitude == null ? null : new MapPoint((Double) latitude, rs.getDouble("longitude"));
    }

    private List<Image> images(long id) {
        return jdbc.sql("SELECT id, alt_text, width, height FROM initiative_image WHERE initiative_id = ? ORDER BY position, id")
                .param(id).query((rs, row) -> new Image(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getInt(4))).list();
    }

    private List<StatusChange> history(long id, boolean insider) {
        return jdbc.sql("""
                        SELECT from_status, to_status, reason, changed_by, changed_at, by_moderation FROM initiative_status_change
                         WHERE initiative_id = ? ORDER BY changed_at, id""").param(id)
                .query((rs, row) -> new StatusChange(rs.getString(1) == null ? null : InitiativeStatus.valueOf(rs.getString(1)),
                        InitiativeStatus.valueOf(rs.getString(2)), insider ? rs.getString(3) : null, rs.getString(4),
                        rs.getTimestamp(5).toInstant(), rs.getBoolean(6))).list();
    }

    private List<Response> responses(long id) {
        return jdbc.sql("SELECT id, body, author_name, created_at FROM initiative_response WHERE initiative_id = ? ORDER BY created_at, id")
                .param(id).query((rs, row) -> new Response(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant())).list();
    }

    /** Accepted links for everyone; proposals and refusals (with the reason) only for the owner and staff. */
    private List<TopicLink> topics(long id, boolean insider) {
        return jdbc.sql("""
                        SELECT l.topic_id, l.state, l.reason FROM initiative_topic_link l
                         WHERE l.initiative_id = ? AND (l.state = 'ACCEPTED' OR ?)""")
                .params(id, insider)
                .query((rs, row) -> new TopicLink(rs.getLong(1), topics.titleOf(rs.getLong(1)).orElse(""),
                        LinkState.valueOf(rs.getString(2)), rs.getString(3))).list()
                .stream().sorted(java.util.Comparator.comparing(TopicLink::topicTitle)).toList();
    }
}
