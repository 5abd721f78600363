package nl.rugzak.platform.participation.budgets;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import nl.rugzak.platform.participation.ModuleDemo;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Oosterhaven votes on "Buurtbudget Havenkwartier" (€ 50.000, knapsack, open now, with ballots of forty made-up
 * neighbours); Voorbeeldstad's approval vote on its playgrounds has closed, so its results show. Written as the
 * system, once: nothing happens when the municipality already has its demo budget.
 */
@Component
class BudgetsDemo implements ModuleDemo {

    private record DemoProject(String title, String summary, long euros) {
    }

    private static final List<DemoProject> HAVENKWARTIER = List.of(
            new DemoProject("Bankjes en schaduw langs de kade", "Tien bankjes en vijf bomen, zodat ouderen onderweg kunnen rusten.", 12_000),
            new DemoProject("Buurtkamer in de oude loods", "Een warme plek voor koffie, huiswerkhulp en de klusclub.", 20_000),
            new DemoProject("Speelplek bij de Zeemanshof", "Klimtoestel en zandbak voor kinderen tot acht jaar.", 15_000),
            new DemoProject("Geveltuinen voor twintig huizen", "Tegels eruit, planten erin: de gemeente levert grond en planten.", 5_000),
            new DemoProject("Verlichting op het Visserspad", "Zuinige lampen langs het donkere pad naar de bushalte.", 9_000),
            new DemoProject("Watertappunt op het havenplein", "Gratis drinkwater voor sporters, kinderen en bezoekers.", 4_000),
            new DemoProject("Kunstwerk over de vissersgeschiedenis", "Een kunstenaar maakt met bewoners een werk voor de kademuur.", 18_000),
            new DemoProject("Fietsenstalling bij de school", "Overdekt stallen voor zestig fietsen.", 8_000));

    private static final List<DemoProject> SPEELPLEKKEN = List.of(
            new DemoProject("Schommels in het Lindepark", "Twee nieuwe schommels, ook één voor kinderen met een beperking.", 9_000),
            new DemoProject("Voetbalkooi in De Eik", "Een kleine kooi waar jongeren tot laat kunnen voetballen.", 25_000),
            new DemoProject("Waterspeelplaats bij de vijver", "Pompen en goten om mee te spelen in de zomer.", 14_000),
            new DemoProject("Natuurspeeltuin achter de school", "Boomstammen, wilgenhutten en een heuvel.", 11_000),
            new DemoProject("Skatebaan aan de rand van het centrum", "Een betonnen baan voor skaters en steppers.", 30_000));

    private final JdbcClient jdbc;
    private final Clock clock;

    BudgetsDemo(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void seed(DemoSeed seed) {
        String title = seed.voorbeeld() ? "Speelplekken in de wijken" : "Buurtbudget Havenkwartier";
        if (jdbc.sql("SELECT count(*) FROM budget WHERE title = ?").param(title).query(Long.class).single() > 0) {
            return;
        }
        Instant now = clock.instant();
        if (seed.voorbeeld()) {
            long budget = budget(title,
                    "Welke speelplekken maken we dit jaar? Kies er hoogstens twee. De twee met de meeste stemmen komen er.",
                    60_000, "APPROVAL", 2, now.minus(Duration.ofDays(30)), now.minus(Duration.ofDays(2)), "LOWER_COST");
            vote(budget, SPEELPLEKKEN, 36, 2, 60_000, new Random(18));
        } else {
            long budget = budget(title,
                    "Het Havenkwartier krijgt € 50.000 om de buurt mooier en fijner te maken. Bewoners bedachten de "
                            + "plannen; u kiest welke er komen. Kies plannen die samen niet meer kosten dan het budget.",
                    50_000, "KNAPSACK", null, now.minus(Duration.ofDays(7)), now.plus(Duration.ofDays(365)), "LOWER_COST");
            vote(budget, HAVENKWARTIER, 40, Integer.MAX_VALUE, 50_000, new Random(2026));
        }
    }

    private long budget(String title, String description, long euros, String method, Integer maxChoices,
                        Instant opens, Instant closes, String tieRule) {
        return jdbc.sql("""
                        INSERT INTO budget (title, description, total_cents, method, max_choices, opens_at, closes_at,
                                            tie_rule, published)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, true) RETURNING id""")
                .params(title, description, euros * 100, method, maxChoices, Budgets.ts(opens), Budgets.ts(closes),
                        tieRule).query(Long.class).single();
    }

    /** Made-up neighbours each fill a valid ballot at random; counts are kept as the ballot service keeps them. */
    private void vote(long budgetId, List<DemoProject> projects, int voters, int maxChoices, long budgetEuros,
                      Random random) {
        List<Long> ids = new ArrayList<>();
        for (DemoProject project : projects) {
            ids.add(jdbc.sql("""
                            INSERT INTO budget_project (budget_id, title, summary, cost_cents, created_at)
                            VALUES (?, ?, ?, ?, clock_timestamp()) RETURNING id""")
                    .params(budgetId, project.title(), project.summary(), project.euros() * 100)
                    .query(Long.class).single());
        }
        for (int n = 1; n <= voters; n++) {
            String subject = "demo-stemmer-" + budgetId + "-" + n;
            jdbc.sql("INSERT INTO resident (subject, display_name) VALUES (?, ?) ON CONFLICT (subject) DO NOTHING")
                    .params(subject, "Buurtbewoner " + n).update();
            long resident = jdbc.sql("SELECT id FROM resident WHERE subject = ?").param(subject).query(Long.class).single();
            int shard = (int) Math.floorMod(resident, (long) Ballots.SHARDS);
            long ballot = jdbc.sql("""
                            INSERT INTO budget_ballot (budget_id, resident_id, status, shard, submitted_at)
                            VALUES (?, ?, 'SUBMITTED', ?, now()) RETURNING id""")
                    .params(budgetId, resident, shard).query(Long.class).single();
            jdbc.sql("""
                            INSERT INTO budget_ballot_count (budget_id, shard, ballots) VALUES (?, ?, 1)
                            ON CONFLICT (budget_id, shard) DO UPDATE SET ballots = budget_ballot_count.ballots + 1""")
                    .params(budgetId, shard).update();
            long left = budgetEuros;
            int chosen = 0;
            for (int i : random.ints(0, projects.size()).distinct().limit(projects.size()).toArray()) {
                if (chosen < maxChoices && projects.get(i).euros() <= left && random.nextInt(3) > 0) {
                    left -= projects.get(i).euros();
                    chosen++;
                    jdbc.sql("INSERT INTO budget_ballot_choice (ballot_id, project_id) VALUES (?, ?)")
                            .params(ballot, ids.get(i)).update();
                    jdbc.sql("""
                                    INSERT INTO budget_vote_count (project_id, shard, budget_id, votes) VALUES (?, ?, ?, 1)
                                    ON CONFLICT (project_id, shard) DO UPDATE SET votes = budget_vote_count.votes + 1""")
                            .params(ids.get(i), shard, budgetId).update();
                }
            }
        }
    }
}
