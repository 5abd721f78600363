package nl.rugzak.platform.benchmark;

import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.vaadin.flow.component.UI;
import nl.rugzak.platform.participation.budgets.BallotSubmission;
import nl.rugzak.platform.participation.budgets.Ballots;
import nl.rugzak.platform.participation.budgets.BudgetResults;
import nl.rugzak.platform.participation.budgets.Budgets;
import nl.rugzak.platform.participation.budgets.BudgetsModule;
import nl.rugzak.platform.support.BrowserlessUi;
import nl.rugzak.platform.support.IntegrationTest;
import nl.rugzak.tenantadmin.provisioning.NewTenant;
import nl.rugzak.tenantadmin.provisioning.TenantCreation;
import nl.rugzak.tenantadmin.registry.TenantRegistryStore;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import nl.rugzak.tenantadmin.tenancy.TenantId;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * A budget with 60 projects and 100,000 submitted ballots: the results by the published rule, the voting page as a
 * resident sees it (the Vaadin view built server side, browserless), and ballot submission by 50 residents at once
 * through the service (its checks, locks and counters). Writes benchmarks/results/budgets.md.
 * Run: ./mvnw -Pbenchmark -pl platform -am verify -Dit.test=BudgetsBenchmark
 */
@Tag("benchmark")
class BudgetsBenchmark extends IntegrationTest {

    static final TenantId BIG = new TenantId("begrootstad");
    static final int PROJECTS = 60;
    static final int BALLOTS = 100_000;
    static final int CONCURRENT = 50;
    static final int ROUNDS = 8;
    /** Rounds of new residents before the measured ones, so that the first measured voters do not pay for the JIT. */
    static final int WARM_UP_ROUNDS = 1;

    @Autowired
    TenantCreation creation;
    @Autowired
    TenantRegistryStore store;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Budgets budgets;
    @Autowired
    Ballots ballots;
    @Autowired
    BudgetResults results;
    @Autowired
    Clock clock;
    @Autowired
    ApplicationContext context;
    @Autowired
    SecurityContextHolderStrategy security;

    @Test
    void resultsPageAndSubmissionsAtScale() throws Exception {
        // The embedded Keycloak starts beside the first test of a run; on 2 cores its start (tens of seconds of CPU)
        // would be measured as our pages' time. Nothing here logs in: waiting is only to measure without it.
        awaitIdentity();
        String loadBefore = loadAverage();
        creation.createLeavingIdentityForLater(new NewTenant(BIG.slug(), "Gemeente Begrootstad",
                "begrootstad.localhost", List.of(), List.of("nl")));
        store.setModules(BIG, List.of(BudgetsModule.ID));
        long seeding = System.nanoTime();
        long budget = TenantContext.call(BIG, this::seed);
        double seedMillis = Stats.millisSince(seeding);
        List<Long> projects = TenantContext.call(BIG, () -> jdbc.sql(
                "SELECT id FROM budget_project WHERE budget_id = ? ORDER BY cost_cents").param(budget).query(Long.class).list());

        List<Double> page = votingPage(budget);
        List<Double> submissions = submissions(budget, projects);

        TenantContext.run(BIG, () -> jdbc.sql("UPDATE budget SET closes_at = ? WHERE id = ?")
                .params(java.sql.Timestamp.from(clock.instant().minusSeconds(1)), budget).update());
        List<Double> result = new ArrayList<>();
        long[] winners = new long[1];
        for (int i = 0; i < 60; i++) {
            long started = System.nanoTime();
            var outcome = TenantContext.call(BIG, () -> results.of(budget));
            if (i >= 10) {
                result.add(Stats.millisSince(started));
            }
            winners[0] = outcome.winners().size();
        }
        long counted = TenantContext.call(BIG, () -> results.of(budget).ballots());
        List<Double> fromScratch = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            long started = System.nanoTime();
            TenantContext.call(BIG, () -> jdbc.sql("""
                    SELECT c.project_id, count(*) FROM budget_ballot_choice c JOIN budget_ballot b ON b.id = c.ballot_id
                     WHERE b.budget_id = ? AND b.status = 'SUBMITTED' GROUP BY c.project_id""").param(budget)
                    .query().listOfRows());
            if (i >= 5) {
                fromScratch.add(Stats.millisSince(started));
            }
        }

        String report = "# Budgets benchmark (" + LocalDate.now() + ", " + Runtime.getRuntime().availableProcessors()
                + " cores, embedded PostgreSQL 17)\n\n"
                + "One budget (knapsack, € 1.500.000) with " + PROJECTS + " projects and " + BALLOTS
                + " submitted ballots of 1–8 projects each (seeded in bulk SQL in " + String.format("%.0f", seedMillis)
                + " ms; " + counted + " ballots counted after the benchmark's own submissions). ms.\n\n"
                + "| what | result | target |\n| --- | --- | --- |\n"
                + "| results by the published rule (`BudgetResults.of`: sums the per-project counter shards, greedy rule; "
                + winners[0] + " winners), 50 runs after 10 warm-up | " + Stats.summary(result) + " | ≤ 1000 |\n"
                + "| for comparison: counting all ballot choices from scratch (what the counters avoid) | "
                + Stats.summary(fromScratch) + " | – |\n"
                + "| voting page `/begroting/<id>` as a logged-in resident with a draft (BudgetView built server side "
                + "through karibu: budget, 60 cards, own ballot, filling bar), 50 runs after 10 warm-up | "
                + Stats.summary(page) + " | p95 ≤ 200 |\n"
                + "| ballot submission (`Ballots.submit`, 3–6 projects) by " + CONCURRENT + " residents at once, "
                + ROUNDS + " rounds of new residents after " + WARM_UP_ROUNDS + " warm-up round; each round starts when all 50 "
                + "have their ballot loaded (" + failed.get() + " gave up waiting for a database connection, loading or submitting) | "
                + Stats.summary(submissions) + " | p95 ≤ 100 |\n\n"
                + "Not measured: the browser's own rendering and the network; the page time is the server's work for "
                + "the view (what a request waits for), not a full HTTP round trip through Vaadin's client.\n";
        report += "\nLoad average (1, 5, 15 min; the machine is shared) at the start: " + loadBefore + "; at the end: "
                + loadAverage() + ".\n";
        System.out.println(report);
        Files.writeString(Stats.resultsFolder().resolve("budgets.md"), report);
    }

    private List<Double> votingPage(long budget) {
        var who = new TestingAuthenticationToken("bench-page-visitor", "n/a", "ROLE_resident");
        var securityContext = security.createEmptyContext();
        securityContext.setAuthentication(who);
        security.setContext(securityContext);
        org.springframework.security.core.context.SecurityContextHolder.setContext(securityContext);
        List<Double> millis = new ArrayList<>();
        try {
            TenantContext.run(BIG, () -> {
                List<Long> firstTwo = jdbc.sql("SELECT id FROM budget_project WHERE budget_id = ? ORDER BY id LIMIT 2")
                        .param(budget).query(Long.class).list();
                ballots.saveDraft(new BallotSubmission(budget, ballots.mine(budget).voterId(), Set.copyOf(firstTwo)));
                BrowserlessUi.open(context, who);
                try {
                    for (int i = 0; i < 60; i++) {
                        long started = System.nanoTime();
                        UI.getCurrent().navigate("begroting/" + budget);
                        if (i >= 10) {
                            millis.add(Stats.millisSince(started));
                        }
                        UI.getCurrent().navigate("");
                    }
                } finally {
                    BrowserlessUi.close();
                }
            });
        } finally {
            security.clearContext();
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
        return millis;
    }

    private final java.util.concurrent.atomic.AtomicInteger failed = new java.util.concurrent.atomic.AtomicInteger();

    /**
     * Rounds of {@link #CONCURRENT} new residents submitting at once, the first {@link #WARM_UP_ROUNDS} not measured.
     * A round starts when every resident has loaded their ballot (as each did on the voting page before voting), so
     * the measured submissions do not share the pool with those loads.
     */
    private List<Double> submissions(long budget, List<Long> projects) throws Exception {
        List<Double> millis = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(CONCURRENT);
        try {
            for (int round = 0; round < WARM_UP_ROUNDS + ROUNDS; round++) {
                boolean measured = round >= WARM_UP_ROUNDS;
                CountDownLatch ready = new CountDownLatch(CONCURRENT);
                CountDownLatch start = new CountDownLatch(1);
                List<Future<?>> work = new ArrayList<>();
                for (int n = 0; n < CONCURRENT; n++) {
                    String subject = "bench-voter-" + round + "-" + n;
                    int seed = round * CONCURRENT + n;
                    work.add(pool.submit((Callable<Void>) () -> {
                        var securityContext = security.createEmptyContext();
                        securityContext.setAuthentication(new TestingAuthenticationToken(subject, "n/a", "ROLE_resident"));
                        security.setContext(securityContext);
                        try {
                            TenantContext.run(BIG, () -> {
                                long me;
                                try {
                                    me = ballots.mine(budget).voterId();
                                } catch (org.springframework.transaction.CannotCreateTransactionException noConnection) {
                                    failed.incrementAndGet();
                                    return;
                                } finally {
                                    // Also when loading failed: the round must not wait for this resident forever.
                                    ready.countDown();
                                }
                                Set<Long> chosen = new java.util.HashSet<>();
                                for (int k = 0; k < 3 + seed % 4; k++) {
                                    chosen.add(projects.get((seed * 7 + k * 11) % 30));
                                }
                                await(start);
                                long started = System.nanoTime();
                                try {
                                    ballots.submit(new BallotSubmission(budget, me, chosen));
                                    if (measured) {
                                        millis.add(Stats.millisSince(started));
                                    }
                                } catch (org.springframework.transaction.CannotCreateTransactionException noConnection) {
                                    // Counted and reported: on an overloaded machine the pool's wait can run out.
                                    failed.incrementAndGet();
                                }
                            });
                        } finally {
                            security.clearContext();
                        }
                        return null;
                    }));
                }
                await(ready);
                start.countDown();
                for (Future<?> future : work) {
                    future.get();
                }
            }
        } finally {
            pool.shutdown();
        }
        return millis;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Written with SQL in bulk, as the ballot service would leave it: ballots, their choices and the counters. */
    private long seed() {
        long budget = jdbc.sql("""
                        INSERT INTO budget (title, description, total_cents, method, opens_at, closes_at, tie_rule, published)
                        VALUES ('Grote begroting', 'Verdeel anderhalf miljoen.', 150000000, 'KNAPSACK', ?, ?, 'LOWER_COST', true)
                        RETURNING id""")
                .params(java.sql.Timestamp.from(clock.instant().minus(Duration.ofDays(1))),
                        java.sql.Timestamp.from(clock.instant().plus(Duration.ofDays(30))))
                .query(Long.class).single();
        jdbc.sql("""
                INSERT INTO budget_project (budget_id, title, summary, cost_cents, created_at)
                SELECT ?, 'Project ' || g, 'Een plan voor de buurt, nummer ' || g, (5000 + (g * 7919) % 95000) * 100,
                       now() + make_interval(secs => g)
                  FROM generate_series(1, 60) g""").param(budget).update();
        jdbc.sql("""
                INSERT INTO resident (subject, display_name)
                SELECT 'bench-' || g, 'Bewoner ' || g FROM generate_series(1, 100000) g""").update();
        jdbc.sql("""
                INSERT INTO budget_ballot (budget_id, resident_id, status, shard, submitted_at)
                SELECT ?, r.id, 'SUBMITTED', r.id % 16, now() FROM resident r WHERE r.subject LIKE 'bench-%'""")
                .param(budget).update();
        // Each ballot picks 1–8 projects, spread so that counts differ per project.
        jdbc.sql("""
                INSERT INTO budget_ballot_choice (ballot_id, project_id)
                SELECT DISTINCT b.id, p.ids[1 + ((b.id * 31 + k * k * 17 + k) % 60)]
                  FROM budget_ballot b
                  CROSS JOIN (SELECT array_agg(id ORDER BY id) AS ids FROM budget_project WHERE budget_id = ?) p
                  CROSS JOIN LATERAL generate_series(1, 1 + (b.id % 8)::int) k
                 WHERE b.budget_id = ?""").params(budget, budget).update();
        jdbc.sql("""
                INSERT INTO budget_vote_count (project_id, shard, budget_id, votes)
                SELECT c.project_id, b.shard, b.budget_id, count(*) FROM budget_ballot_choice c
                  JOIN budget_ballot b ON b.id = c.ballot_id WHERE b.budget_id = ? GROUP BY 1, 2, 3""")
                .param(budget).update();
        jdbc.sql("""
                INSERT INTO budget_ballot_count (budget_id, shard, ballots)
                SELECT budget_id, shard, count(*) FROM budget_ballot WHERE budget_id = ? GROUP BY 1, 2""")
                .param(budget).update();
        // The submitting residents and the page's visitor have logged in before (a login records the profile).
        jdbc.sql("""
                INSERT INTO resident (subject, display_name)
                SELECT 'bench-voter-' || r || '-' || n, 'Stemmer ' || r || '-' || n
                  FROM generate_series(0, ?) r CROSS JOIN generate_series(0, ?) n""")
                .params(WARM_UP_ROUNDS + ROUNDS - 1, CONCURRENT - 1).update();
        jdbc.sql("INSERT INTO resident (subject, display_name) VALUES ('bench-page-visitor', 'Bezoeker')").update();
        jdbc.sql("ANALYZE").update();
        return budget;
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
