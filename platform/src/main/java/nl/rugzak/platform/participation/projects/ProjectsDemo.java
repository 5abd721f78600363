package nl.rugzak.platform.participation.projects;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import nl.rugzak.platform.participation.ModuleDemo;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Each demo municipality's own case: Voorbeeldstad redesigns its market square and is collecting ideas; Oosterhaven
 * lets residents vote on a neighbourhood budget. Dates are set around the day of seeding so the current phase is the
 * one named. Modules that live in these phases (ideas, budgets) ask for the phase here, in whichever order the demo
 * seeds modules: whoever comes first creates the project.
 */
@Component
public class ProjectsDemo implements ModuleDemo {

    public static final String MARKTPLEIN = "Herinrichting Marktplein";
    public static final String HAVENKWARTIER = "Buurtbudget Havenkwartier";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final PhaseItems items;

    ProjectsDemo(JdbcClient jdbc, Clock clock, PhaseItems items) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.items = items;
    }

    @Override
    public void seed(DemoSeed seed) {
        if (seed.voorbeeld()) {
            marktpleinIdeasPhase();
        } else {
            placeBudget(havenkwartierVotingPhase());
        }
    }

    /**
     * The neighbourhood budget residents vote on (the budgets module's demo, seeded before this one) sits in the
     * voting phase, found through budgets' public items like any item staff place.
     */
    private void placeBudget(long votingPhase) {
        items.candidates(50).getOrDefault("budgets", List.of()).stream()
                .filter(item -> item.title().equals(HAVENKWARTIER)).findFirst()
                .ifPresent(budget -> jdbc.sql("""
                                INSERT INTO project_phase_item (phase_id, module, item_id, position)
                                SELECT ?, ?, ?, 0 WHERE NOT EXISTS (SELECT 1 FROM project_phase_item WHERE phase_id = ?)""")
                        .params(votingPhase, budget.module(), budget.id(), votingPhase).update());
    }

    /** Voorbeeldstad's project (made if missing); returns the id of its ideas phase, the current one. */
    public long marktpleinIdeasPhase() {
        long project = project(MARKTPLEIN,
                "Het Marktplein wordt opnieuw ingericht. Denk mee over groen, spelen en de markt.",
                """
                        Het Marktplein is nu vooral een parkeerplaats. De gemeenteraad wil er een plein van maken \
                        waar mensen elkaar ontmoeten, kinderen spelen en de markt een goede plek heeft.

                        **Hoe gaat het?** Eerst verzamelen we ideeën. Daarna kiest u mee welke ideeën in het ontwerp \
                        komen. Het ontwerp ziet u hier terug.""",
                "Marktplein en omliggende straten", "Team Marktplein, marktplein@voorbeeldstad.example, 14 0000",
                52.1563, 5.3871);
        return phases(project, List.of(
                new Phase("Informeren", -40, -16, "Lees hoe het plein nu wordt gebruikt en wat er kan veranderen."),
                new Phase("Ideeën verzamelen", -15, 365, "Deel uw idee voor het plein en steun de ideeën van anderen."),
                new Phase("Kiezen", 366, 395, "Kies welke ideeën in het ontwerp komen."),
                new Phase("Uitvoeren", 396, 760, "Volg hier de werkzaamheden.")), 1);
    }

    /** Oosterhaven's project (made if missing); returns the id of its voting phase, the current one. */
    public long havenkwartierVotingPhase() {
        return havenkwartierPhase(2);
    }

    /** Oosterhaven's project (made if missing); returns the id of its past phase in which residents handed in plans. */
    public long havenkwartierPlansPhase() {
        return havenkwartierPhase(1);
    }

    private long havenkwartierPhase(int wanted) {
        long project = project(HAVENKWARTIER,
                "Bewoners van het Havenkwartier bepalen samen waar € 50.000 aan wordt besteed.",
                """
                        De gemeente zet € 50.000 opzij voor het Havenkwartier. Bewoners droegen plannen aan; de \
                        gemeente rekende ze door. **Nu kiest u** welke plannen worden uitgevoerd.""",
                "Havenkwartier", "Wijkteam Havenkwartier, havenkwartier@oosterhaven.example", 53.2031, 5.8042);
        return phases(project, List.of(
                new Phase("Informeren", -60, -41, "Lees hoe het buurtbudget werkt."),
                new Phase("Plannen indienen", -40, -11, "Dien een plan in voor het Havenkwartier."),
                new Phase("Stemmen", -10, 365, "Kies de plannen die u het belangrijkst vindt, binnen het budget."),
                new Phase("Uitvoeren", 366, 760, "Volg hier hoe de gekozen plannen worden uitgevoerd.")), wanted);
    }

    private record Phase(String title, int fromDay, int toDay, String whatNow) {
    }

    private long project(String title, String summary, String description, String area, String contact,
                         double latitude, double longitude) {
        long id = jdbc.sql("SELECT id FROM project WHERE title = ? ORDER BY id LIMIT 1").param(title).query(Long.class)
                .optional().orElseGet(() -> jdbc.sql("""
                                INSERT INTO project (title, summary, description, area, contact, status, published_at)
                                VALUES (?, ?, ?, ?, ?, 'PUBLISHED', now()) RETURNING id""")
                        .params(title, summary, description, area, contact).query(Long.class).single());
        // Also for a demo seeded before projects had a place on the map.
        jdbc.sql("UPDATE project SET latitude = ?, longitude = ? WHERE id = ? AND latitude IS NULL AND area <> ''")
                .params(latitude, longitude, id).update();
        return id;
    }

    /** Adds the phases if the project has none; returns the id of the phase at {@code wanted}. */
    private long phases(long project, List<Phase> phases, int wanted) {
        long existing = jdbc.sql("SELECT count(*) FROM project_phase WHERE project_id = ?").param(project)
                .query(Long.class).single();
        if (existing == 0) {
            LocalDate today = LocalDate.now(clock);
            for (int i = 0; i < phases.size(); i++) {
                Phase phase = phases.get(i);
                jdbc.sql("""
                                INSERT INTO project_phase (project_id, position, title, starts_on, ends_on, what_now)
                                VALUES (?, ?, ?, ?, ?, ?)""")
                        .params(project, i, phase.title(), today.plusDays(phase.fromDay()), today.plusDays(phase.toDay()),
                                phase.whatNow()).update();
            }
        }
        return jdbc.sql("SELECT id FROM project_phase WHERE project_id = ? ORDER BY position OFFSET ? LIMIT 1")
                .params(project, wanted).query(Long.class).single();
    }
}
