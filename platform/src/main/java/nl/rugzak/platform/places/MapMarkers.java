package nl.rugzak.platform.places;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.rugzak.platform.modules.EnabledModules;
import nl.rugzak.platform.places.MapPlaces.BoundingBox;
import nl.rugzak.platform.places.MapPlaces.MapPlace;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The markers of one map view, from every module that has places. Few places come one by one; many are counted
 * into a grid of clusters, so a view over 5,000 places stays a small answer (a cluster's number says how many; the
 * list on the page names them all).
 */
@Service
public class MapMarkers {

    /** Above this many places in a view, the view is clustered. */
    public static final int SINGLE_LIMIT = 300;
    /** Never more than this many places read for one view. */
    static final int READ_LIMIT = 20_000;
    static final int GRID = 12;

    private final List<MapPlaces> sources;
    private final EnabledModules modules;

    MapMarkers(List<MapPlaces> sources, EnabledModules modules) {
        this.sources = sources;
        this.modules = modules;
    }

    public record Marker(double lat, double lon, String title, String address, String link, String module) {
    }

    public record Cluster(double lat, double lon, int count) {
    }

    public record View(List<Marker> markers, List<Cluster> clusters, int total) {
    }

    /** Every place of every module that is on, for the list beside the map. */
    @Transactional(readOnly = true)
    public List<MapPlace> all(int limit) {
        List<MapPlace> places = new ArrayList<>();
        for (MapPlaces source : sources) {
            if (modules.isEnabled(source.module())) {
                places.addAll(source.within(BoundingBox.WORLD, limit));
            }
        }
        return places.size() > limit ? places.subList(0, limit) : places;
    }

    @Transactional(readOnly = true)
    public View view(BoundingBox box) {
        List<MapPlace> places = new ArrayList<>();
        for (MapPlaces source : sources) {
            if (modules.isEnabled(source.module())) {
                places.addAll(source.within(box, READ_LIMIT));
            }
        }
        if (places.size() <= SINGLE_LIMIT) {
            return new View(places.stream().map(p -> new Marker(p.point().latitude(), p.point().longitude(), p.title(),
                    p.address(), p.link(), p.module())).toList(), List.of(), places.size());
        }
        return new View(List.of(), clusters(box, places), places.size());
    }

    private static List<Cluster> clusters(BoundingBox box, List<MapPlace> places) {
        double cellWidth = Math.max((box.east() - box.west()) / GRID, 1e-9);
        double cellHeight = Math.max((box.north() - box.south()) / GRID, 1e-9);
        Map<Long, double[]> cells = new LinkedHashMap<>();
        for (MapPlace place : places) {
            long x = (long) Math.floor((place.point().longitude() - box.west()) / cellWidth);
            long y = (long) Math.floor((place.point().latitude() - box.south()) / cellHeight);
            double[] sum = cells.computeIfAbsent(x * 1_000_003L + y, key -> new double[3]);
            sum[0] += place.point().latitude();
            sum[1] += place.point().longitude();
            sum[2]++;
        }
        return cells.values().stream().map(sum -> new Cluster(round(sum[0] / sum[2]), round(sum[1] / sum[2]),
                (int) sum[2])).toList();
    }

    private static double round(double degrees) {
        return Math.round(degrees * 100_000d) / 100_000d;
    }
}
