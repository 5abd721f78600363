package nl.rugzak.platform.participation.events;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import nl.rugzak.platform.places.MapPlaces;
import nl.rugzak.platform.places.MapPoint;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Events with a place that have not ended yet, soonest first: on the map and in its list. */
@Component
class EventMapPlaces implements MapPlaces {

    private final JdbcClient jdbc;
    private final Clock clock;

    EventMapPlaces(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public String module() {
        return EventsModule.ID;
    }

    @Override
    public String kindKey() {
        return "events.map.kind";
    }

    @Override
    public List<MapPlace> within(BoundingBox box, int limit) {
        return jdbc.sql("""
                        SELECT id, title, address, latitude, longitude, starts_at FROM event
                         WHERE latitude IS NOT NULL AND ends_at > ?
                           AND latitude BETWEEN ? AND ? AND longitude BETWEEN ? AND ?
                         ORDER BY starts_at, id LIMIT ?""")
                .params(Timestamp.from(clock.instant()), box.south(), box.north(), box.west(), box.east(), limit)
                .query((rs, row) -> new MapPlace(EventsModule.ID, kindKey(), rs.getLong(1), rs.getString(2), rs.getString(3),
                        new MapPoint(rs.getDouble(4), rs.getDouble(5)), "/agenda/" + rs.getLong(1),
                        rs.getTimestamp(6).toInstant()))
                .list();
    }
}
