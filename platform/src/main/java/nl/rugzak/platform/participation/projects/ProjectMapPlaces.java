package nl.rugzak.platform.participation.projects;

import java.util.List;

import nl.rugzak.platform.places.MapPlaces;
import nl.rugzak.platform.places.MapPoint;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Public projects with a point, newest first; their area in words says where they are. */
@Component
class ProjectMapPlaces implements MapPlaces {

    private final JdbcClient jdbc;

    ProjectMapPlaces(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String module() {
        return ProjectsModule.ID;
    }

    @Override
    public String kindKey() {
        return "projects.map.kind";
    }

    @Override
    public List<MapPlace> within(BoundingBox box, int limit) {
        return jdbc.sql("""
                        SELECT id, title, area, latitude, longitude FROM project
                         WHERE latitude IS NOT NULL AND status <> 'DRAFT'
                           AND latitude BETWEEN ? AND ? AND longitude BETWEEN ? AND ?
                         ORDER BY published_at DESC NULLS LAST, id DESC LIMIT ?""")
                .params(box.south(), box.north(), box.west(), box.east(), limit)
                .query((rs, row) -> new MapPlace(ProjectsModule.ID, kindKey(), rs.getLong(1), rs.getString(2),
                        rs.getString(3), new MapPoint(rs.getDouble(4), rs.getDouble(5)), "/projecten/" + rs.getLong(1),
                        null))
                .list();
    }
}
