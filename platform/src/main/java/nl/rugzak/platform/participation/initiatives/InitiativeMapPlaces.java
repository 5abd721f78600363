package nl.rugzak.platform.participation.initiatives;

import java.util.List;

import nl.rugzak.platform.places.MapPlaces;
import nl.rugzak.platform.places.MapPoint;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Public initiatives with a point, newest first, with their place in words. Points are stored as chosen/rounded. */
@Component
class InitiativeMapPlaces implements MapPlaces {

    private final JdbcClient jdbc;

    InitiativeMapPlaces(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String module() {
        return InitiativesModule.ID;
    }

    @Override
    public String kindKey() {
        return "initiatives.map.kind";
    }

    @Override
    public List<MapPlace> within(BoundingBox box, int limit) {
        return jdbc.sql("""
                        SELECT id, title, place, latitude, longitude, published_at FROM initiative
                         WHERE latitude IS NOT NULL AND NOT hidden AND status NOT IN ('DRAFT', 'SUBMITTED')
                           AND latitude BETWEEN ? AND ? AND longitude BETWEEN ? AND ?
                         ORDER BY published_at DESC NULLS LAST, id DESC LIMIT ?""")
                .params(box.south(), box.north(), box.west(), box.east(), limit)
                .query((rs, row) -> new MapPlace(InitiativesModule.ID, kindKey(), rs.getLong(1), rs.getString(2),
                        rs.getString(3), new MapPoint(rs.getDouble(4), rs.getDouble(5)), "/initiatieven/" + rs.getLong(1),
                        null))
                .list();
    }
}
