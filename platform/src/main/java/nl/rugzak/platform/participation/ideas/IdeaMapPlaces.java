package nl.rugzak.platform.participation.ideas;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.rugzak.platform.participation.projects.ProjectPhases;
import nl.rugzak.platform.places.MapPlaces;
import nl.rugzak.platform.places.MapPoint;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Visible ideas with a point, in projects that are public (asked of the projects module, which owns the phases), most
 * supported first, with their place in words.
 */
@Component
class IdeaMapPlaces implements MapPlaces {

    private final JdbcClient jdbc;
    private final ProjectPhases phases;

    IdeaMapPlaces(JdbcClient jdbc, ProjectPhases phases) {
        this.jdbc = jdbc;
        this.phases = phases;
    }

    @Override
    public String module() {
        return IdeasModule.ID;
    }

    @Override
    public String kindKey() {
        return "ideas.map.kind";
    }

    private record Row(long phaseId, MapPlace place) {
    }

    @Override
    public List<MapPlace> within(BoundingBox box, int limit) {
        List<Row> rows = jdbc.sql("""
                        SELECT i.id, i.phase_id, p.project_id, i.title, i.place, i.latitude, i.longitude
                          FROM idea i JOIN idea_phase p ON p.phase_id = i.phase_id
                         WHERE i.latitude IS NOT NULL AND NOT i.hidden AND NOT i.waiting
                           AND i.latitude BETWEEN ? AND ? AND i.longitude BETWEEN ? AND ?
                         ORDER BY i.support_count DESC, i.id DESC LIMIT ?""")
                .params(box.south(), box.north(), box.west(), box.east(), limit)
                .query((rs, row) -> new Row(rs.getLong(2), new MapPlace(IdeasModule.ID, kindKey(), rs.getLong(1),
                        rs.getString(4), rs.getString(5), new MapPoint(rs.getDouble(6), rs.getDouble(7)),
                        Ideas.link(rs.getLong(3), rs.getLong(1)), null)))
                .list();
        // Whether a phase's project is public, asked once per phase (even staff see only public projects' ideas here).
        Map<Long, Boolean> publicPhase = new HashMap<>();
        return rows.stream().filter(row -> publicPhase.computeIfAbsent(row.phaseId(), phase -> phases.find(phase)
                        .filter(info -> info.projectStatus().isPublic()).isPresent()))
                .map(Row::place).toList();
    }
}
