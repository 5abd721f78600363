package nl.rugzak.platform.participation.updates;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import nl.rugzak.platform.participation.initiatives.Initiatives;
import nl.rugzak.platform.participation.initiatives.InitiativesModule;
import nl.rugzak.platform.modules.EnabledModules;
import nl.rugzak.platform.participation.projects.ProjectFollowing;
import nl.rugzak.platform.participation.projects.ProjectsModule;
import nl.rugzak.platform.participation.topics.PolicyTopics;
import nl.rugzak.platform.participation.topics.TopicsModule;
import nl.rugzak.platform.participation.updates.NewsUpdate.State;
import org.springframework.stereotype.Component;

/**
 * The one definition of "public" for updates, shared by pages, feeds, activity and moderation: published, its time
 * (by the application's clock) has come, not hidden or waiting for moderation, and about something public itself.
 */
@Component
class UpdateRows {

    static final String SELECT = """
            SELECT u.id, u.topic_id, u.initiative_id, u.project_id, u.author_id, u.author_name, u.by_staff, u.title, u.body,
                   u.status, u.publish_at, u.moderation, u.image_alt, u.image_width, u.image_height,
                   u.image_bytes IS NOT NULL AS has_image, u.created_at, greatest(u.updated_at, u.publish_at) AS updated,
                   r.subject AS author_subject, (%s) AS public
              FROM news_update u
              LEFT JOIN resident r ON r.id = u.author_id""";

    /** Needs the parameters of {@link #publicParams()}; refers to {@code u} (news_update) only. */
    static final String PUBLIC = """
            u.status = 'PUBLISHED' AND u.moderation = 'VISIBLE' AND u.publish_at <= :now
            AND (u.topic_id IS NULL OR :topicsOn)
            AND (u.initiative_id IS NULL OR (:initiativesOn AND u.initiative_id <> ALL (string_to_array(:initiativesNotPublic, ',')::bigint[])))
            AND (u.project_id IS NULL OR (:projectsOn AND u.project_id <> ALL (string_to_array(:projectsNotPublic, ',')::bigint[])))""";

    private final Clock clock;
    private final EnabledModules modules;
    private final Initiatives initiatives;
    private final PolicyTopics topics;
    private final ProjectFollowing projects;

    UpdateRows(Clock clock, EnabledModules modules, Initiatives initiatives, PolicyTopics topics,
               ProjectFollowing projects) {
        this.projects = projects;
        this.clock = clock;
        this.modules = modules;
        this.initiatives = initiatives;
        this.topics = topics;
    }

    static String select() {
        return SELECT.formatted(PUBLIC);
    }

    Map<String, Object> publicParams() {
        boolean initiativesOn = modules.isEnabled(InitiativesModule.ID);
        // Whether an initiative is public is initiatives' rule: ask it rather than repeat it in SQL here.
        boolean projectsOn = modules.isEnabled(ProjectsModule.ID);
        return Map.of("now", Timestamp.from(clock.instant()), "topicsOn", modules.isEnabled(TopicsModule.ID),
                "initiativesOn", initiativesOn,
                "initiativesNotPublic", initiativesOn ? initiatives.notPublicIds() : "",
                "projectsOn", projectsOn, "projectsNotPublic", projectsOn ? projects.notPublicIds() : "");
    }

    Instant now() {
        return clock.instant();
    }

    NewsUpdate map(ResultSet rs, int row) throws SQLException {
        long topic = rs.getLong("topic_id");
        boolean hasTopic = !rs.wasNull();
        long initiative = rs.getLong("initiative_id");
        boolean hasInitiative = !rs.wasNull();
        long project = rs.getLong("project_id");
        boolean hasProject = !rs.wasNull();
        UpdateTarget target = hasTopic ? UpdateTarget.topic(topic)
                : hasInitiative ? UpdateTarget.initiative(initiative)
                : hasProject ? UpdateTarget.project(project) : UpdateTarget.SITE;
        Timestamp publishAt = rs.getTimestamp("publish_at");
        Timestamp updated = rs.getTimestamp("updated");
        int width = rs.getInt("image_width");
        Integer imageWidth = rs.wasNull() ? null : width;
        int height = rs.getInt("image_height");
        Integer imageHeight = rs.wasNull() ? null : height;
        String targetTitle = hasTopic ? topics.titleOf(topic).orElse(null)
                : hasInitiative ? initiatives.titleOf(initiative).orElse(null)
                : hasProject ? projects.publicTitle(project).orElse(null) : null;
        return new NewsUpdate(rs.getLong("id"), target, targetTitle, rs.getString("title"),
                rs.getString("body"), rs.getString("author_name"), rs.getBoolean("by_staff"), state(rs),
                publishAt == null ? null : publishAt.toInstant(),
                updated == null ? rs.getTimestamp("created_at").toInstant() : updated.toInstant(),
                rs.getBoolean("has_image"), rs.getString("image_alt"), imageWidth, imageHeight);
    }

    private State state(ResultSet rs) throws SQLException {
        return switch (rs.getString("moderation")) {
            case "HIDDEN" -> State.HIDDEN;
            case "PENDING" -> State.PENDING;
            default -> switch (rs.getString("status")) {
                case "DRAFT" -> State.DRAFT;
                case "SCHEDULED" -> State.SCHEDULED;
                default -> rs.getTimestamp("publish_at").toInstant().isAfter(clock.instant()) ? State.SCHEDULED
                        : State.PUBLISHED;
            };
        };
    }
}
