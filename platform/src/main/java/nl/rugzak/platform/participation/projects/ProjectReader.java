package nl.rugzak.platform.participation.projects;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.rugzak.platform.places.MapPoint;
import nl.rugzak.platform.content.NotFoundException;
import nl.rugzak.platform.participation.PublicItems;
import nl.rugzak.platform.modules.EnabledModules;
import nl.rugzak.platform.participation.topics.PolicyTopics;
import nl.rugzak.platform.participation.topics.TopicsModule;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads projects as pages and cards show them; who may see what is decided by the caller. */
@Component
class ProjectReader {

    /** The phase pinned by staff, or else the one whose days contain today. */
    static final String CURRENT_PHASE = """
            coalesce(p.current_phase_id, (SELECT f.id FROM project_phase f WHERE f.project_id = p.id
                                            AND ? BETWEEN f.starts_on AND f.ends_on ORDER BY f.starts_on LIMIT 1))""";

    private final JdbcClient jdbc;
    private final PhaseItems phaseItems;
    private final PolicyTopics topics;
    private final EnabledModules modules;
    private final Clock clock;

    ProjectReader(JdbcClient jdbc, PhaseItems phaseItems, PolicyTopics topics, EnabledModules modules, Clock clock) {
        this.jdbc = jdbc;
        this.modules = modules;
        this.phaseItems = phaseItems;
        this.topics = topics;
        this.clock = clock;
    }

    Project project(long id, boolean staff) {
        LocalDate today = LocalDate.now(clock);
        return jdbc.sql("SELECT p.id, p.title, p.summary, p.description, p.area, p.contact, p.status, "
                        + "p.current_phase_id, p.final_account, p.image_alt, p.image_width, p.image_height, "
                        + "p.image_bytes IS NOT NULL AS has_image, p.published_at, p.updated_at, p.latitude, p.longitude, "
                        + CURRENT_PHASE + " AS current_id FROM project p WHERE p.id = ?")
                .params(today, id).query((rs, n) -> map(rs)).optional()
                .filter(p -> staff || p.status().isPublic())
                .orElseThrow(() -> new NotFoundException("project"));
    }

    List<ProjectCard> cards(boolean withDrafts, LocalDate today) {
        return jdbc.sql("SELECT p.id, p.title, p.summary, p.status, p.image_alt, p.image_bytes IS NOT NULL AS has_image,"
                        + " coalesce(p.published_at, p.created_at) AS at,"
                        + " (SELECT f.title FROM project_phase f WHERE f.id = " + CURRENT_PHASE + ") AS phase"
                        + " FROM project p WHERE ? OR p.status <> 'DRAFT'"
                        + " ORDER BY CASE p.status WHEN 'PUBLISHED' THEN 0 WHEN 'DRAFT' THEN 1 ELSE 2 END, at DESC, p.id DESC")
                .params(today, withDrafts)
                .query((rs, n) -> new ProjectCard(rs.getLong("id"), rs.getString("title"), rs.getString("summary"),
                        ProjectStatus.valueOf(rs.getString("status")), rs.getString("phase"),
                        rs.getBoolean("has_image") ? ProjectImageController.url(rs.getLong("id"), rs.getTimestamp("at").toInstant()) : null,
                        rs.getBoolean("has_image") ? rs.getString("image_alt") : null, rs.getTimestamp("at").toInstant()))
                .list();
    }

    private Project map(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        long current = rs.getLong("current_id");
        Long currentId = rs.wasNull() ? null : current;
        rs.getLong("current_phase_id");
        boolean pinned = !rs.wasNull();
        Project.Image image = rs.getBoolean("has_image")
                ? new Project.Image(ProjectImageController.url(id, rs.getTimestamp("updated_at").toInstant()),
                rs.getString("image_alt"), rs.getInt("image_width"), rs.getInt("image_height"))
                : null;
        var published = rs.getTimestamp("published_at");
        ProjectStatus status = ProjectStatus.valueOf(rs.getString("status"));
        return new Project(id, rs.getString("title"), rs.getString("summary"), rs.getString("description"),
                rs.getString("area"), rs.getString("contact"), status, topicsOf(id), phasesOf(id),
                status == ProjectStatus.CLOSED ? null : currentId, pinned, rs.getString("final_account"), image,
                published == null ? null : published.toInstant(),
                rs.getObject("latitude") == null ? null : new MapPoint(rs.getDouble("latitude"), rs.getDouble("longitude")));
    }

    /** The project's topics that still exist, in one read of the municipality's topics (tens) instead of two per topic. */
    private List<Project.Topic> topicsOf(long projectId) {
        List<Long> ids = jdbc.sql("SELECT topic_id FROM project_topic WHERE project_id = ? ORDER BY topic_id")
                .param(projectId).query(Long.class).list();
        if (ids.isEmpty() || !modules.isEnabled(TopicsModule.ID)) {
            return List.of();
        }
        Map<Long, Project.Topic> existing = new java.util.HashMap<>();
        topics.all().forEach(topic -> existing.put(topic.id(), new Project.Topic(topic.id(), topic.title(), topic.link())));
        return ids.stream().map(existing::get).filter(java.util.Objects::nonNull).toList();
    }

    private List<Project.Phase> phasesOf(long projectId) {
        Map<Long, List<Project.Placement>> placed = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT i.phase_id, i.module, i.item_id FROM project_phase_item i
                          JOIN project_phase f ON f.id = i.phase_id
                         WHERE f.project_id = ? ORDER BY i.phase_id, i.position, i.module, i.item_id""")
                .param(projectId)
                .query((rs, n) -> placed.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(new Project.Placement(rs.getString(2), rs.getLong(3)))).list();
        Map<Project.Placement, PublicItems.Item> items = phaseItems.resolveAll(
                placed.values().stream().flatMap(List::stream).toList());
        return jdbc.sql("""
                        SELECT id, position, title, starts_on, ends_on, what_now, local_only FROM project_phase
                         WHERE project_id = ? ORDER BY position""")
                .param(projectId)
                .query((rs, n) -> {
                    List<Project.Placement> here = placed.getOrDefault(rs.getLong("id"), List.of());
                    return new Project.Phase(rs.getLong("id"), rs.getInt("position"), rs.getString("title"),
                            rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
                            rs.getString("what_now"), rs.getBoolean("local_only"), List.of(), List.copyOf(here));
                }).list().stream()
                .map(phase -> new Project.Phase(phase.id(), phase.position(), phase.title(), phase.startsOn(),
                        phase.endsOn(), phase.whatNow(), phase.localOnly(),
                        phase.placed().stream().map(items::get).filter(java.util.Objects::nonNull).toList(),
                        phase.placed()))
                .toList();
    }
}
