package nl.rugzak.platform.places;

import java.util.List;

/**
 * The seam for everything with a place on the map at {@code /kaart}: a module implements this as a Spring bean and
 * its places show as markers and in the map page's list. It lives in this shared layer (not in a module) so that
 * events, initiatives, ideas and projects each contribute their own places from their own tables without knowing
 * each other.
 *
 * <p>Only public, visible items of the current tenant, each with an address in words: the map never shows something
 * the list beside it does not say. A point a resident chose is stored rounded ({@link MapPoint#streetLevel()})
 * unless they chose otherwise, and is never part of a personal-data export.
 */
public interface MapPlaces {

    /** The module's catalogue id: its places show only while the module is on. */
    String module();

    /** {@code kindKey} names the kind of place in the bundles (e.g. "Bijeenkomst"). */
    String kindKey();

    /** Places inside the box, at most {@code limit}, in the module's own order (soonest, newest). */
    List<MapPlace> within(BoundingBox box, int limit);

    /** One place on the map; {@code kindKey} names its kind in the bundles; {@code when} is a moment, or null. */
    record MapPlace(String module, String kindKey, long id, String title, String address, MapPoint point, String link,
                    java.time.Instant when) {
    }

    /** A box in WGS84 degrees; the whole world when nothing narrower is asked. */
    record BoundingBox(double west, double south, double east, double north) {

        public static final BoundingBox WORLD = new BoundingBox(-180, -90, 180, 90);

        public BoundingBox {
            if (!(west >= -180 && east <= 180 && south >= -90 && north <= 90 && west <= east && south <= north)) {
                throw new IllegalArgumentException("Not a bounding box: " + west + "," + south + "," + east + "," + north);
            }
        }

        /** Leaflet's {@code toBBoxString()}: "west,south,east,north"; null or unreadable is refused. */
        public static BoundingBox parse(String text) {
            if (text == null) {
                throw new IllegalArgumentException("No bounding box");
            }
            String[] parts = text.split(",");
            if (parts.length != 4) {
                throw new IllegalArgumentException("Not a bounding box: " + text);
            }
            double[] values = new double[4];
            for (int i = 0; i < 4; i++) {
                values[i] = Double.parseDouble(parts[i].strip());
                if (!Double.isFinite(values[i])) {
                    throw new IllegalArgumentException("Not a bounding box: " + text);
                }
            }
            // Leaflet may report a view wider than the world; the world is all there is.
            return new BoundingBox(Math.max(-180, values[0]), Math.max(-90, values[1]), Math.min(180, values[2]),
                    Math.min(90, values[3]));
        }

        public boolean contains(MapPoint point) {
            return point.latitude() >= south && point.latitude() <= north && point.longitude() >= west
                    && point.longitude() <= east;
        }
    }
}
