package nl.rugzak.platform.places;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.rugzak.platform.modules.EnabledModules;
import nl.rugzak.platform.places.MapPlaces.BoundingBox;
import nl.rugzak.platform.places.MapPlaces.MapPlace;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The markers of one map view, from every module that has places. Few places come one by one; many are counted
 * into a grid of clusters, so a view over 5,000 places stays a small answer (a cluster's number says how many; the
 * list on the page names them all, one page at a time).
 */
@Service
public class MapMarkers {

    /** Above this many places in a view, the view is clustered. */
    public static final int SINGLE_LIMIT = 300;
    /** Never more than this many places read for one view. */
    static final int READ_LIMIT = 20_000;
    static final int GRID = 12;
    /** Places on one page of the list beside the map: enough to scan, small enough for a fast page. */
    public static final int PAGE_SIZE = 50;
    /** The longest text the list's search looks for. */
    public static final int MAX_SEARCH = 100;

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

    /** A kind of place the list can be narrowed to: the module's id and the bundle key of its name. */
    public record Kind(String module, String kindKey) {
    }

    /**
     * One page of the list beside the map. {@code page} counts from 0 and is the page shown: a page asked for past the
     * end shows the last one ({@link #pastTheEnd()} says so), so an old link or a shrunk list never ends in an error.
     */
    public record ListPage(List<MapPlace> places, int total, int page, int pages, boolean pastTheEnd) {
    }

    /** The kinds of place of the modules that are on here, in the list's order. */
    public List<Kind> kinds() {
        return sources.stream().filter(source -> modules.isEnabled(source.module()))
                .map(source -> new Kind(source.module(), source.kindKey())).toList();
    }

    /**
     * One page of every place of the modules that are on, in the map's own order (module by module, each in its own
     * order), optionally only those whose title or address holds {@code search} and only of one module's kind.
     * Everything is reachable: page after page, the list names every place the map can show.
     */
    @Transactional(readOnly = true)
    public ListPage list(String search, String module, int page) {
        String wanted = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
        if (wanted.length() > MAX_SEARCH) {
            wanted = wanted.substring(0, MAX_SEARCH);
        }
        List<MapPlace> matching = new ArrayList<>();
        for (MapPlaces source : sources) {
            if (modules.isEnabled(source.module()) && (module == null || module.equals(source.module()))) {
                for (MapPlace place : source.within(BoundingBox.WORLD, READ_LIMIT)) {
                    if (wanted.isEmpty() || holds(place.title(), wanted) || holds(place.address(), wanted)) {
                        matching.add(place);
                    }
                }
            }
        }
        int pages = Math.max(1, (matching.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int shown = Math.clamp(page, 0, pages - 1);
        int from = shown * PAGE_SIZE;
        return new ListPage(List.copyOf(matching.subList(from, Math.min(from + PAGE_SIZE, matching.size()))),
                matching.size(), shown, pages, page > shown);
    }

    private static boolean holds(String text, String wanted) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(wanted);
    }

    /** Every place of every module that is on, at most {@code limit}. */
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
