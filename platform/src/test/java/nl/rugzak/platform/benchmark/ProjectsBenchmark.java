package nl.rugzak.platform.benchmark;

import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import nl.rugzak.platform.participation.ideas.IdeaPhase;
import nl.rugzak.platform.participation.ideas.Ideas;
import nl.rugzak.platform.participation.ideas.IdeasModule;
import nl.rugzak.platform.participation.projects.Project;
import nl.rugzak.platform.participation.projects.Projects;
import nl.rugzak.platform.participation.projects.ProjectsModule;
import nl.rugzak.platform.participation.topics.TopicsModule;
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
 * A project with 6 phases, one of which holds 1,000 ideas (with 20,000 supports), the other phases each holding
 * placed items of the ideas module: the project page and the ideas page of that phase, server side through the
 * services their views call (the same calls, in the same order). Writes benchmarks/results/projects.md.
 * Run: ./mvnw -Pbenchmark,production -pl platform -am verify -Dit.test=ProjectsBenchmark
 */
@Tag("benchmark")
class ProjectsBenchmark extends IntegrationTest {

    static final TenantId BIG = new TenantId("trajectstad");

    @Autowired
    TenantCreation creation;
    @Autowired
    TenantRegistryStore store;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Projects projects;
    @Autowired
    Ideas ideas;
    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    @Test
    void projectPageWithSixPhasesAndAThousandIdeas() throws Exception {
        // The embedded Keycloak starts beside the first test of a run; on 2 cores its start (tens of seconds of CPU)
        // would be measured as our pages' time. Nothing here logs in: waiting is only to measure without it.
        awaitIdentity();
        String loadBefore = loadAverage();
        creation.createLeavingIdentityForLater(new NewTenant(BIG.slug(), "Gemeente Trajectstad", "trajectstad.localhost",
                List.of(), List.of("nl")));
        store.setModules(BIG, List.of(ProjectsModule.ID, IdeasModule.ID, TopicsModule.ID));
        long seeding = System.nanoTime();
        long project = TenantContext.call(BIG, this::seed);
        double seedMillis = Stats.millisSince(seeding);

        // ProjectView: the project with its phases (placed items resolved) and each phase's ideas section, all in one
        // read-only transaction as the view asks them; beside it, in turns, the same calls each in its own transaction
        // (how the view asked them before).
        var pageReads = new org.springframework.transaction.support.TransactionTemplate(transactions);
        pageReads.setReadOnly(true);
        List<Double> pageSeparately = new ArrayList<>();
        List<Double> page = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            long started = System.nanoTime();
            TenantContext.call(BIG, () -> projectPage(project));
            if (i >= 10) {
                pageSeparately.add(Stats.millisSince(started));
            }
            started = System.nanoTime();
            TenantContext.call(BIG, () -> pageReads.execute(status -> projectPage(project)));
            if (i >= 10) {
                page.add(Stats.millisSince(started));
            }
        }
        // IdeaListView: the idea phases of the project, the count and the first page, most supported first.
        List<Double> ideasPage = time(() -> {
            List<IdeaPhase> phases = ideas.phasesOf(project);
            IdeaPhase phase = phases.stream().filter(IdeaPhase::collecting).findFirst().orElseThrow();
            return ideas.countInPhase(phase.phaseId()) + ideas.inPhase(phase.phaseId(), Ideas.Order.MOST_SUPPORTED, 0).size();
        });
        List<Double> lastPage = time(() -> {
            IdeaPhase phase = ideas.phasesOf(project).stream().filter(IdeaPhase::collecting).findFirst().orElseThrow();
            return ideas.inPhase(phase.phaseId(), Ideas.Order.NEWEST, 1000 / Ideas.PAGE_SIZE).size();
        });
        List<Double> list = time(() -> projects.published().size());

        // The same pages as a visitor's browser asks for them, over HTTP (see VaadinPages).
        nl.rugzak.platform.support.Browser visitor = new nl.rugzak.platform.support.Browser(port);
        String site = "http://" + BIG.slug() + ".localhost:" + port;
        long[] bytes = new long[2];
        List<Double> pageHttp = overHttp(() -> bytes[0] = VaadinPages.open(visitor, site, "/projecten/" + project, "Wat u nu kunt doen in fase 3"));
        List<Double> ideasHttp = overHttp(() -> bytes[1] = VaadinPages.open(visitor, site, "/projecten/" + project + "/ideeen", "Idee nummer"));

        String report = "# Projects benchmark (" + LocalDate.now() + ", " + Runtime.getRuntime().availableProcessors()
                + " cores, embedded PostgreSQL 17)\n\n"
                + "One project with 6 phases; its current phase collects 1,000 ideas with 20,000 supports, the other "
                + "phases hold 5 placed items each (resolved through the ideas module's public items); 20 other "
                + "projects (seeded in " + String.format("%.0f", seedMillis) + " ms). Server side, through the services "
                + "the views call, as an anonymous visitor, and over HTTP as the visitor's browser asks for the page (the "
                + "requests in which the server builds the view and sends it, see VaadinPages); 50 runs each after "
                + "10 warm-up runs, ms. Not measured: the browser's drawing.\n\n"
                + "| what | result | target |\n| --- | --- | --- |\n"
                + "| project page (6 phases, placed items, ideas counts), in one read-only transaction as ProjectView "
                + "asks | " + Stats.summary(page) + " | p95 ≤ 200 |\n"
                + "| for comparison, in turns with the line above: the same calls each in its own transaction | "
                + Stats.summary(pageSeparately) + " | – |\n"
                + "| ideas page of the phase, first page, most supported first | " + Stats.summary(ideasPage) + " | p95 ≤ 200 |\n"
                + "| ideas page, last page, newest first | " + Stats.summary(lastPage) + " | p95 ≤ 200 |\n"
                + "| projects list (21 projects) | " + Stats.summary(list) + " | p95 ≤ 200 |\n"
                + "| project page over HTTP, as the browser opens it (view built on the server, " + bytes[0] / 1024
                + " KB) | " + Stats.summary(pageHttp) + " | p95 ≤ 200 |\n"
                + "| ideas page over HTTP, as the browser opens it (" + bytes[1] / 1024 + " KB) | "
                + Stats.summary(ideasHttp) + " | p95 ≤ 200 |\n";
        report += "\nLoad average (1, 5, 15 min; the machine is shared) at the start: " + loadBefore + "; at the end: "
                + loadAverage() + ".\n";
        System.out.println(report);
        Files.writeString(Stats.resultsFolder().resolve("projects.md"), report);
    }

    private long projectPage(long project) {
        Project shown = projects.view(project);
        long count = 0;
        for (Project.Phase phase : shown.phases()) {
            if (ideas.phase(phase.id()).isPresent()) {
                count += ideas.countInPhase(phase.id());
            }
        }
        return count + shown.phases().size();
    }

    private List<Double> overHttp(Runnable request) {
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            long started = System.nanoTime();
            request.run();
            if (i >= 10) {
                millis.add(Stats.millisSince(started));
            }
        }
        return millis;
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
                INSERT INTO project (title, summary, description, status, published_at)
                SELECT 'Project ' || g, 'Samenvatting ' || g, repeat('Beschrijving. ', 200), 'PUBLISHED', now()
                  FROM generate_series(1, 21) g""").update();
        long project = jdbc.sql("SELECT min(id) FROM project").query(Long.class).single();
        jdbc.sql("""
                INSERT INTO project_phase (project_id, position, title, starts_on, ends_on, what_now)
                SELECT p.id, g - 1, 'Fase ' || g, current_date + (g - 3) * 30, current_date + (g - 3) * 30 + 29,
                       'Wat u nu kunt doen in fase ' || g
                  FROM project p, generate_series(1, 6) g""").update();
        // The third phase runs today: it collects the ideas.
        long ideasPhase = jdbc.sql("SELECT id FROM project_phase WHERE project_id = ? AND position = 2").param(project)
                .query(Long.class).single();
        jdbc.sql("INSERT INTO idea_phase (phase_id, project_id, support_threshold) VALUES (?, ?, 25)")
                .params(ideasPhase, project).update();
        jdbc.sql("""
                INSERT INTO idea (phase_id, owner_id, title, description, place, category, support_count, created_at)
                SELECT ?, (SELECT min(id) FROM resident) + (g % 2000), 'Idee nummer ' || g, repeat('Uitleg. ', 60),
                       'Plek ' || (g % 30), (ARRAY['GREEN', 'TRAFFIC', 'PLAY', 'SAFETY', 'MEETING', 'CULTURE', 'OTHER'])[1 + g % 7],
                       0, now() - make_interval(mins => g)
                  FROM generate_series(1, 1000) g""").param(ideasPhase).update();
        jdbc.sql("""
                INSERT INTO idea_support (idea_id, resident_id)
                SELECT i.id, r.id FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM idea) i
                  JOIN (SELECT id, row_number() OVER (ORDER BY id) AS n FROM resident) r ON r.n <= 1 + (i.n * 7) % 40""").update();
        jdbc.sql("UPDATE idea SET support_count = (SELECT count(*) FROM idea_support s WHERE s.idea_id = idea.id)").update();
        jdbc.sql("""
                INSERT INTO project_phase_item (phase_id, module, item_id, position)
                SELECT f.id, 'ideas', i.id, i.n FROM project_phase f
                  JOIN (SELECT id, row_number() OVER (ORDER BY id) AS n FROM idea) i ON i.n <= 5
                 WHERE f.project_id = ? AND f.id <> ?""").params(project, ideasPhase).update();
        jdbc.sql("ANALYZE").update();
        return project;
    }

    /** The machine's load average, written beside the numbers: on a shared machine they mean little without it. */
    static String loadAverage() {
        try {
            String[] parts = Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ");
            return parts[0] + ", " + parts[1] + ", " + parts[2];
        } catch (java.io.IOException | RuntimeException e) {
            return "unknown";
        }
    }
}
