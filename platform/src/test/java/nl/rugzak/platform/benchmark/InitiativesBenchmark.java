package nl.rugzak.platform.benchmark;

import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import nl.rugzak.platform.comments.Comments;
import nl.rugzak.platform.content.ContentRef;
import nl.rugzak.platform.participation.initiatives.InitiativeFilter;
import nl.rugzak.platform.participation.initiatives.InitiativeSearch;
import nl.rugzak.platform.participation.initiatives.InitiativeStatus;
import nl.rugzak.platform.participation.initiatives.Initiatives;
import nl.rugzak.platform.participation.initiatives.InitiativesModule;
import nl.rugzak.platform.support.IntegrationTest;
import nl.rugzak.platform.participation.topics.TopicsModule;
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
 * The initiatives list with 10,000 initiatives and 100,000 comments in one municipality (server side, through the
 * services the views call), and one initiative's page with 500 comments. Writes benchmarks/results/initiatives.md.
 * Run: ./mvnw -Pbenchmark,production -pl platform -am verify
 */
@Tag("benchmark")
class InitiativesBenchmark extends IntegrationTest {

    static final TenantId BIG = new TenantId("grootstad");

    @Autowired
    TenantCreation creation;
    @Autowired
    TenantRegistryStore store;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    InitiativeSearch search;
    @Autowired
    Initiatives initiatives;
    @Autowired
    Comments comments;

    @Test
    void listAndPageAtScale() throws Exception {
        awaitIdentity();
        creation.createLeavingIdentityForLater(new NewTenant(BIG.slug(), "Gemeente Grootstad", "grootstad.localhost",
                List.of(), List.of("nl")));
        store.setModules(BIG, List.of(InitiativesModule.ID, TopicsModule.ID));
        long seeding = System.nanoTime();
        long busiest = TenantContext.call(BIG, this::seed);
        double seedMillis = Stats.millisSince(seeding);

        List<Double> firstPage = time(() -> search.published(InitiativeFilter.everything(), 0));
        List<Double> supported = time(() -> search.published(new InitiativeFilter(null, null, null, null,
                InitiativeFilter.Order.MOST_SUPPORTED), 0));
        long category = TenantContext.call(BIG, () -> jdbc.sql("SELECT min(id) FROM initiative_category").query(Long.class).single());
        List<Double> filtered = time(() -> search.published(new InitiativeFilter("speeltuin", InitiativeStatus.PUBLISHED,
                category, null, InitiativeFilter.Order.NEWEST), 3));
        List<Double> page = time(() -> {
            var detail = initiatives.view(busiest);
            return comments.threadFor(new ContentRef(InitiativesModule.ID, busiest)).size() + detail.supporters();
        });

        String report = "# Initiatives benchmark (" + LocalDate.now() + ", " + Runtime.getRuntime().availableProcessors()
                + " cores, embedded PostgreSQL 17)\n\n"
                + "One municipality with 10,000 initiatives and 100,000 comments (seeded in "
                + String.format("%.0f", seedMillis) + " ms). Server side, through the services the views call; "
                + "50 runs each after 10 warm-up runs, ms.\n\n"
                + "| what | result | target |\n| --- | --- | --- |\n"
                + "| list, first page, newest first | " + Stats.summary(firstPage) + " | p95 ≤ 200 |\n"
                + "| list, first page, most supported first | " + Stats.summary(supported) + " | p95 ≤ 200 |\n"
                + "| list, filtered (text + status + category), 4th page | " + Stats.summary(filtered) + " | p95 ≤ 200 |\n"
                + "| initiative with 500 comments (detail + all comments) | " + Stats.summary(page) + " | ≤ 200 |\n";
        System.out.println(report);
        Files.writeString(Stats.resultsFolder().resolve("initiatives.md"), report);
    }

    private List<Double> time(Supplier<Object> work) {
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            long started = System.nanoTime();
            TenantContext.call(BIG, work::get);
            if (i >= 10) {
                millis.add(Stats.millisSince(started));
            }
        }
        return millis;
    }

    /** Written with SQL in bulk: the point is reading at scale, not how fast the services insert. */
    private long seed() {
        jdbc.sql("""
                INSERT INTO resident (subject, display_name)
                SELECT 'bench-' || g, 'Bewoner ' || g FROM generate_series(1, 2000) g""").update();
        jdbc.sql("""
                INSERT INTO initiative (owner_id, title, summary, description, place, category_id, status, supporter_count,
                                        published_at, created_at)
                SELECT (SELECT min(id) FROM resident) + (g % 2000),
                       (ARRAY['Speeltuin', 'Moestuin', 'Buurtfeest', 'Bankjes', 'Geveltuin'])[1 + g % 5] || ' nummer ' || g,
                       'Een plan van bewoners voor hun buurt, nummer ' || g, repeat('Beschrijving. ', 40),
                       'Wijk ' || (g % 40),
                       (SELECT min(id) FROM initiative_category) + (g % 6),
                       (ARRAY['PUBLISHED', 'IN_CONVERSATION', 'SUPPORTED', 'COMPLETED', 'SUBMITTED', 'DRAFT'])[1 + g % 6],
                       g % 97, now() - make_interval(mins => g), now() - make_interval(mins => g)
                  FROM generate_series(1, 10000) g""").update();
        long busiest = jdbc.sql("SELECT min(id) FROM initiative WHERE status = 'PUBLISHED'").query(Long.class).single();
        jdbc.sql("""
                INSERT INTO comment (module, item_id, author_id, body, created_at)
                SELECT 'initiatives', CASE WHEN g <= 500 THEN ? ELSE (SELECT min(id) FROM initiative) + (g % 10000) END,
                       (SELECT min(id) FROM resident) + (g % 2000), 'Goed plan! Reactie nummer ' || g,
                       now() - make_interval(secs => g)
                  FROM generate_series(1, 100000) g""").param(busiest).update();
        jdbc.sql("ANALYZE").update();
        return busiest;
    }
}
