package nl.rugzak.platform.benchmark;

import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import com.vaadin.flow.component.UI;
import nl.rugzak.platform.dashboard.Dashboards;
import nl.rugzak.platform.dashboard.ParticipationRollUp;
import nl.rugzak.platform.dashboard.ui.LabDashboardView;
import nl.rugzak.platform.participation.ModuleManifest;
import nl.rugzak.platform.support.Browser;
import nl.rugzak.platform.support.BrowserlessUi;
import nl.rugzak.platform.support.IntegrationTest;
import nl.rugzak.tenantadmin.provisioning.NewTenant;
import nl.rugzak.tenantadmin.provisioning.TenantCreation;
import nl.rugzak.tenantadmin.registry.TenantRegistry;
import nl.rugzak.tenantadmin.registry.TenantRegistryStore;
import nl.rugzak.tenantadmin.registry.TenantStatus;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import nl.rugzak.tenantadmin.tenancy.TenantId;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The dashboards at scale: Voorbeeldstad with 100,000 extra contributions (votes, supports, comments over two years)
 * opened by its admin over HTTP (login through Keycloak, the Vaadin page as a browser asks it, see VaadinPages) and
 * through the service the view calls; the lab's dashboard over 10 municipalities through its service and as the
 * Vaadin view built server-side (karibu, no HTTP). Also how long the full roll-up of 100,000 contributions takes.
 * Writes benchmarks/results/dashboards.md.
 * Run: ./mvnw -o -Pbenchmark -pl platform -am verify -Dit.test=DashboardsBenchmark
 */
@Tag("benchmark")
class DashboardsBenchmark extends IntegrationTest {

    static final TenantId BIG = new TenantId("voorbeeld");
    static final int RESIDENTS = 5_000;
    static final int TENANTS = 10;

    @Autowired
    Dashboards dashboards;
    @Autowired
    ParticipationRollUp rollUp;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TenantCreation creation;
    @Autowired
    TenantRegistryStore store;
    @Autowired
    TenantRegistry registry;
    @Autowired
    List<ModuleManifest> modules;
    @Autowired
    ApplicationContext application;

    @Test
    void aBigMunicipalityAndTheLabOverTen() throws Exception {
        awaitIdentity();
        String loadBefore = ProjectsBenchmark.loadAverage();
        long seeding = System.nanoTime();
        long added = TenantContext.call(BIG, () -> seed("big", RESIDENTS, 20, 15, 100_000));
        double seedMillis = Stats.millisSince(seeding);
        long rolling = System.nanoTime();
        TenantContext.run(BIG, () -> rollUp.rollUp(true));
        double rollUpMillis = Stats.millisSince(rolling);
        long contributions = TenantContext.call(BIG, () -> asUser().withRoles(dashboards::here, "tenant-admin"))
                .figures().contributions();

        List<Double> service = time(() -> TenantContext.call(BIG, () -> asUser().withRoles(dashboards::here, "tenant-admin")));
        Browser admin = browser();
        String host = "voorbeeld.localhost:" + port;
        admin.logIn(host, "beheerder", "rugzak-demo-2026");
        long[] bytes = new long[1];
        List<Double> http = time(() -> bytes[0] = VaadinPages.open(admin, "http://" + host, "/beheer/dashboard",
                "Bijdragen per onderdeel"));

        // Ten municipalities: the ones there are, and new ones with 10,000 contributions each until there are ten.
        int n = 0;
        while (registry.all().stream().filter(t -> t.status() == TenantStatus.ACTIVE).count() < TENANTS && n < 2 * TENANTS) {
            TenantId id = new TenantId("dashstad" + (++n));
            if (registry.find(id).isPresent()) {
                continue;
            }
            creation.createLeavingIdentityForLater(new NewTenant(id.slug(), "Gemeente Dashstad " + n, id.slug() + ".localhost",
                    List.of(), List.of("nl")));
            store.setModules(id, modules.stream().map(ModuleManifest::id).toList());
            TenantContext.run(id, () -> seed("small", 500, 5, 5, 10_000));
        }
        for (var tenant : registry.all()) {
            if (tenant.status() == TenantStatus.ACTIVE) {
                TenantContext.run(tenant.id(), () -> rollUp.rollUp(true));
            }
        }
        int labTenants = asUser().withRoles(dashboards::acrossTenants, "lab-admin").size();
        List<Double> lab = time(() -> asUser().withRoles(dashboards::acrossTenants, "lab-admin"));
        List<Double> labView = new ArrayList<>();
        BrowserlessUi.openAs(application, "labbeheer", "lab-admin");
        try {
            for (int i = 0; i < 40; i++) {
                long started = System.nanoTime();
                UI.getCurrent().navigate(LabDashboardView.class);
                if (i >= 10) {
                    labView.add(Stats.millisSince(started));
                }
                UI.getCurrent().navigate("tenantbeheer");
            }
        } finally {
            BrowserlessUi.closeAs(application);
        }

        String report = "# Dashboards benchmark (" + LocalDate.now() + ", " + Runtime.getRuntime().availableProcessors()
                + " cores, embedded PostgreSQL 17)\n\n"
                + "Voorbeeldstad got " + added + " extra contributions (poll votes, initiative supports and comments by "
                + RESIDENTS + " generated residents, spread over two years; seeded with SQL in "
                + String.format("%.1f", seedMillis / 1000) + " s); its dashboard then counts " + contributions
                + " contributions. A full roll-up of all of them took " + String.format("%.0f", rollUpMillis)
                + " ms (the quarter-hourly run counts only the last two days). Times in ms, after 10 warm-up runs.\n\n"
                + "| What | Path | Times (ms) | Target |\n|---|---|---|---|\n"
                + "| municipal dashboard, 100,000+ contributions | HTTP: GET /beheer/dashboard as the logged-in admin, Vaadin's "
                + "page and init request (" + bytes[0] / 1024 + " KB) | " + Stats.summary(http) + " | p95 ≤ 300 |\n"
                + "| municipal dashboard, 100,000+ contributions | service the view calls (Dashboards.here, method security, "
                + "tenant connection) | " + Stats.summary(service) + " | p95 ≤ 300 |\n"
                + "| lab dashboard, " + labTenants + " municipalities | service the view calls (Dashboards.acrossTenants) | "
                + Stats.summary(lab) + " | p95 ≤ 500 |\n"
                + "| lab dashboard, " + labTenants + " municipalities | the Vaadin view built on the server (karibu, "
                + "charts and tables included; no HTTP) | " + Stats.summary(labView) + " | p95 ≤ 500 |\n\n"
                + "Load average before: " + loadBefore + "; after: " + ProjectsBenchmark.loadAverage()
                + " (a shared 2-core machine with other builds running: numbers are upper bounds).\n";
        Files.writeString(Stats.resultsFolder().resolve("dashboards.md"), report);
        System.out.println(report);
    }

    private List<Double> time(Supplier<Object> work) {
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            long started = System.nanoTime();
            work.get();
            if (i >= 10) {
                millis.add(Stats.millisSince(started));
            }
        }
        return millis;
    }

    /**
     * Written with SQL in bulk: the point is reading at scale. {@code polls} polls and {@code initiatives}
     * initiatives; votes and supports by every resident until about {@code total} contributions, the rest comments.
     */
    private long seed(String batch, int residents, int polls, int initiatives, int total) {
        jdbc.sql("""
                INSERT INTO resident (subject, display_name, created_at, last_login_at)
                SELECT 'bench-' || ? || '-' || g, 'Bewoner ' || g, now(), now() FROM generate_series(1, ?) g""")
                .params(batch, residents).update();
        jdbc.sql("""
                INSERT INTO poll (question, opens_at, closes_at, published, created_by, created_at, updated_at)
                SELECT 'Benchmarkpeiling ' || ? || ' ' || g, now() - interval '800 days', now() + interval '30 days',
                       true, 'benchmark', now(), now() FROM generate_series(1, ?) g""").params(batch, polls).update();
        jdbc.sql("""
                INSERT INTO initiative (title, summary, status, published_at, created_at)
                SELECT 'Benchmarkinitiatief ' || g, 'Samenvatting', 'PUBLISHED', now(), now() - interval '800 days'
                  FROM generate_series(1, ?) g""").param(initiatives).update();
        String mine = "SELECT id, row_number() OVER (ORDER BY id) AS n FROM resident WHERE subject LIKE 'bench-' || ? || '-%'";
        int votes = jdbc.sql("""
                INSERT INTO poll_vote (poll_id, resident_id, voted_at)
                SELECT p.id, r.id, now() - make_interval(days => ((r.n * 7 + p.id) %% 730)::int)
                  FROM (%s) r, (SELECT id FROM poll WHERE question LIKE 'Benchmarkpeiling ' || ? || '%%') p
                 WHERE r.n * ? <= ? * 0.4""".formatted(mine)).params(batch, batch, polls, total).update();
        int supports = jdbc.sql("""
                INSERT INTO initiative_support (initiative_id, resident_id, created_at)
                SELECT i.id, r.id, now() - make_interval(days => ((r.n * 11 + i.id) %% 730)::int)
                  FROM (%s) r, (SELECT id FROM initiative WHERE title LIKE 'Benchmarkinitiatief %%' ORDER BY id DESC LIMIT ?) i
                 WHERE r.n * ? <= ? * 0.3""".formatted(mine)).params(batch, initiatives, initiatives, total).update();
        long item = jdbc.sql("SELECT max(id) FROM initiative").query(Long.class).single();
        int comments = jdbc.sql("""
                INSERT INTO comment (module, item_id, author_id, body, created_at)
                SELECT 'initiatives', ?, (SELECT min(id) FROM resident WHERE subject LIKE 'bench-' || ? || '-%%') + g % ?,
                       'Reactie ' || g, now() - make_interval(days => (g % 730)::int)
                  FROM generate_series(1, ?) g""").params(item, batch, residents, total - votes - supports - 0).update();
        jdbc.sql("ANALYZE").update();
        return (long) votes + supports + comments;
    }
}
