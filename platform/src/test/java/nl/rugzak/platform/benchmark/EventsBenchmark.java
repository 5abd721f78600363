package nl.rugzak.platform.benchmark;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import nl.rugzak.platform.content.SafeMarkdown;
import nl.rugzak.platform.participation.events.EventCalendar;
import nl.rugzak.platform.participation.events.Events;
import nl.rugzak.platform.participation.events.EventsModule;
import nl.rugzak.platform.places.MapMarkers;
import nl.rugzak.tenantadmin.text.Texts;
import nl.rugzak.platform.support.HttpSite;
import nl.rugzak.platform.support.IntegrationTest;
import nl.rugzak.tenantadmin.provisioning.NewTenant;
import nl.rugzak.tenantadmin.provisioning.TenantCreation;
import nl.rugzak.tenantadmin.registry.TenantRegistryStore;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import nl.rugzak.tenantadmin.tenancy.TenantId;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The map's markers with 5,000 places in one town, and the site's iCalendar feed with 1,000 events, both over HTTP as
 * the browser and a calendar program ask for them (loopback, so network time is near zero). Writes
 * benchmarks/results/events.md. Run: ./mvnw -Pbenchmark -pl platform -am verify -Dit.test=EventsBenchmark
 */
@Tag("benchmark")
class EventsBenchmark extends IntegrationTest {

    static final TenantId TOWN = new TenantId("kaartstad");
    /** The town's whole area, as Leaflet's first view asks for it, and one street's worth at zoom 17. */
    static final String TOWN_VIEW = "5.30,52.10,5.48,52.21";
    static final String STREET_VIEW = "5.3860,52.1550,5.3890,52.1570";

    @Autowired
    TenantCreation creation;
    @Autowired
    TenantRegistryStore store;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Events events;
    @Autowired
    SafeMarkdown markdown;
    @Autowired
    java.time.Clock clock;

    @Test
    void markersAndFeedAtScale() throws Exception {
        // No logins here: the markers and the feed are public, so the benchmark does not wait for Keycloak.
        creation.createLeavingIdentityForLater(new NewTenant(TOWN.slug(), "Gemeente Kaartstad", "kaartstad.localhost",
                List.of(), List.of("nl")));
        store.setModules(TOWN, List.of(EventsModule.ID));
        TenantContext.run(TOWN, () -> seed(5_000));
        HttpSite site = site("kaartstad.localhost");

        String loadBefore = loadAverage();
        Timed whole = time(site, "/kaart/markers.json?bbox=" + TOWN_VIEW);
        Timed street = time(site, "/kaart/markers.json?bbox=" + STREET_VIEW);
        Timed world = time(site, "/kaart/markers.json");
        // The map page itself as the visitor's browser opens it (see VaadinPages), with the first page of the list
        // beside the map; then the last page of that list, and the list searched by address.
        nl.rugzak.platform.support.Browser visitor = new nl.rugzak.platform.support.Browser(port);
        String town = "http://kaartstad.localhost:" + port;
        Timed page = timePage(visitor, town, "/kaart", "Bijeenkomst nummer");
        Timed lastPage = timePage(visitor, town, "/kaart?pagina=100", "Bijeenkomst nummer");
        Timed searched = timePage(visitor, town, "/kaart?zoek=Straat%2012", "Bijeenkomst nummer");
        // The feed: keep 1,000 upcoming events.
        TenantContext.run(TOWN, () -> jdbc.sql("DELETE FROM event WHERE id NOT IN (SELECT id FROM event ORDER BY id LIMIT 1000)").update());
        Timed feed = time(site, "/agenda.ics");
        // Without the controller's cache: reading 1,000 events and writing them with ical4j, every time.
        EventCalendar.Site calendarSite = new EventCalendar.Site("http://kaartstad.localhost", TOWN.slug(), "Kaartstad",
                clock.getZone(), Texts.DUTCH);
        List<Double> uncached = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            long started = System.nanoTime();
            TenantContext.call(TOWN, () -> EventCalendar.write(calendarSite, events.feed(90, 2_000), markdown));
            if (i >= 5) {
                uncached.add(Stats.millisSince(started));
            }
        }

        String loadAfter = loadAverage();
        String report = "# Events benchmark (" + LocalDate.now() + ", " + Runtime.getRuntime().availableProcessors()
                + " cores, embedded PostgreSQL 17)\n\n"
                + "One municipality with 5,000 upcoming events with a place in one town (markers), then 1,000 events "
                + "(feed). Over HTTP on loopback with the tenant's Host header, as the map's script and a calendar "
                + "program ask; 50 runs each after 10 warm-up runs, ms. The payload is the response body as sent "
                + "(no compression).\n\n"
                + "| what | result | payload | target | met |\n| --- | --- | --- | --- | --- |\n"
                + row("markers, whole town in view (5,000 places, clustered)", whole, 200, 300)
                + row("markers, one street in view (single markers)", street, 200, 300)
                + row("markers, no box (whole world, clustered)", world, 200, 300)
                + row("the map page /kaart over HTTP, as the browser opens it (map + first page of the list, "
                        + MapMarkers.PAGE_SIZE + " places)", page, 200, 300)
                + row("the same page, last page of the list (/kaart?pagina=100)", lastPage, 200, 300)
                + row("the same page, list searched by address (/kaart?zoek=Straat%2012)", searched, 200, 300)
                + row("/agenda.ics with 1,000 events", feed, 200, 0)
                + "| the same feed written anew each time (no cache; service + ical4j, 25 runs after 5) | "
                + Stats.summary(uncached) + " | same | p95 ≤ 200 ms | " + (p95(uncached) <= 200 ? "yes" : "no")
                + " |\n\n"
                + "The controller keeps each municipality's written feed until its events change (a one-row version "
                + "query per request), so the HTTP row measures what a polling calendar program gets.\n\n"
                + "The map page's list beside the map shows " + MapMarkers.PAGE_SIZE + " places a page, with plain "
                + "links to the other pages and a search by name or address; every place of the 5,000 is reachable "
                + "in text. The page's payload is what the browser receives before drawing (page, and Vaadin's init "
                + "and navigation answers when the page does not carry the view). Browser-side drawing time of "
                + "Leaflet is not measured here.\n\n"
                + "Load average (1, 5, 15 min) when the measuring started: " + loadBefore + "; when it ended: "
                + loadAfter + ".\n";
        System.out.println(report);
        Files.writeString(Stats.resultsFolder().resolve("events.md"), report);
    }

    record Timed(List<Double> millis, int bytes) {
    }

    /** A table row with the target and whether it is met: p95 within {@code maxMillis}, payload within {@code maxKb}. */
    private static String row(String what, Timed timed, int maxMillis, int maxKb) {
        boolean met = p95(timed.millis) <= maxMillis && (maxKb == 0 || timed.bytes <= maxKb * 1024);
        return "| " + what + " | " + Stats.summary(timed.millis) + " | " + kb(timed.bytes) + " | p95 ≤ " + maxMillis
                + " ms" + (maxKb == 0 ? "" : ", ≤ " + maxKb + " KB") + " | " + (met ? "yes" : "no") + " |\n";
    }

    /** The 95th percentile as {@link Stats#summary} computes it. */
    private static double p95(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        java.util.Collections.sort(sorted);
        return sorted.get((int) Math.ceil(0.95 * sorted.size()) - 1);
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ");
            return parts[0] + ", " + parts[1] + ", " + parts[2];
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    /** A Vaadin page opened as the browser does, 50 times after 10 warm-up runs. */
    private static Timed timePage(nl.rugzak.platform.support.Browser visitor, String site, String path,
                                  String mustShow) {
        List<Double> millis = new ArrayList<>();
        long bytes = 0;
        for (int i = 0; i < 60; i++) {
            long started = System.nanoTime();
            bytes = VaadinPages.open(visitor, site, path, mustShow);
            if (i >= 10) {
                millis.add(Stats.millisSince(started));
            }
        }
        return new Timed(millis, (int) bytes);
    }

    private static String kb(int bytes) {
        return String.format("%.1f KB", bytes / 1024.0);
    }

    private Timed time(HttpSite site, String path) {
        List<Double> millis = new ArrayList<>();
        int bytes = 0;
        for (int i = 0; i < 60; i++) {
            long started = System.nanoTime();
            HttpResponse<String> response = site.get(path);
            double took = Stats.millisSince(started);
            if (response.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + response.statusCode());
            }
            bytes = response.body().getBytes(StandardCharsets.UTF_8).length;
            if (i >= 10) {
                millis.add(took);
            }
        }
        return new Timed(millis, bytes);
    }

    /** Written with SQL in bulk: the point is reading at scale. Places spread over the town's area. */
    private void seed(int count) {
        jdbc.sql("""
                INSERT INTO event (title, description, starts_at, ends_at, address, latitude, longitude, online_url,
                                   registration, capacity, created_at, updated_at)
                SELECT 'Bijeenkomst nummer ' || g, repeat('Kom meepraten over de buurt. ', 10),
                       now() + make_interval(days => 1 + g % 300, hours => g % 5),
                       now() + make_interval(days => 1 + g % 300, hours => 2 + g % 5),
                       'Straat ' || (g % 400) || ' ' || (1 + g % 90) || ', Kaartstad',
                       52.10 + (g * 7919 % 1000) / 1000.0 * 0.11, 5.30 + (g * 104729 % 1000) / 1000.0 * 0.18,
                       CASE WHEN g % 3 = 0 THEN 'https://meet.example.org/' || g END, 'OPEN', 50, now(), now()
                  FROM generate_series(1, ?) g""").param(count).update();
        jdbc.sql("ANALYZE event").update();
    }
}
