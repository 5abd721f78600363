package nl.rugzak.platform.participation.ideas;

import java.util.ArrayList;
import java.util.List;

import nl.rugzak.platform.participation.ModuleDemo;
import nl.rugzak.platform.participation.projects.ProjectPhases;
import nl.rugzak.platform.participation.projects.ProjectsDemo;
import nl.rugzak.platform.residents.ResidentProfiles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Voorbeeldstad's market square collects ideas: eight of them, supported by made-up neighbours (profiles without a
 * login), one already selected and one judged not feasible, so every state can be seen.
 */
@Component
class IdeasDemo implements ModuleDemo {

    private static final List<String[]> IDEAS = List.of(
            new String[] {"Bomen rond het hele plein", "Meer schaduw in de zomer en een groener plein. Liefst linden, zoals vroeger.", "Randen van het plein", "GREEN"},
            new String[] {"Speelfontein voor kinderen", "Waterstralen uit de grond waar kinderen in de zomer kunnen spelen.", "Midden op het plein", "PLAY"},
            new String[] {"Vaste plek voor de weekmarkt", "Geef de markt stroompunten en een vaste indeling, dan is opbouwen sneller.", "Noordzijde", "MEETING"},
            new String[] {"Bankjes met rugleuning", "Ouderen willen kunnen zitten en uitrusten. Graag bankjes met leuning en armsteun.", "", "MEETING"},
            new String[] {"Fietsenstalling onder de grond", "Zo staan er geen fietsen meer kriskras over het plein.", "Bij de bibliotheek", "TRAFFIC"},
            new String[] {"Podium voor optredens", "Een klein podium voor muziek, theater en de Koningsdag-vrijmarkt.", "Zuidzijde", "CULTURE"},
            new String[] {"Betere verlichting 's avonds", "Nu is het plein donker en voelt het onveilig. Meer licht, maar geen fel licht.", "", "SAFETY"},
            new String[] {"Parkeergarage onder het plein", "Dan blijft er parkeerruimte en is het plein zelf autovrij.", "Hele plein", "TRAFFIC"});
    private static final String[] NEIGHBOURS = {"Anouk de Vries", "Mohamed El Amrani", "Sanne Jansen", "Piet Bakker",
            "Fatma Yilmaz", "Kees Visser", "Lotte Smit", "Jeroen Mulder", "Ayaan Bos", "Noor de Boer", "Daan Peters",
            "Emma Hendriks"};

    private final JdbcClient jdbc;
    private final ProjectsDemo projects;
    private final ResidentProfiles profiles;
    private final ProjectPhases phases;

    IdeasDemo(JdbcClient jdbc, ProjectsDemo projects, ResidentProfiles profiles, ProjectPhases phases) {
        this.jdbc = jdbc;
        this.phases = phases;
        this.projects = projects;
        this.profiles = profiles;
    }

    @Override
    public void seed(DemoSeed seed) {
        if (!seed.voorbeeld()) {
            return;
        }
        long phase = projects.marktpleinIdeasPhase();
        long project = phases.find(phase).orElseThrow().projectId();
        jdbc.sql("INSERT INTO idea_phase (phase_id, project_id, support_threshold) VALUES (?, ?, 10) ON CONFLICT DO NOTHING")
                .params(phase, project).update();
        if (jdbc.sql("SELECT count(*) FROM idea WHERE phase_id = ?").param(phase).query(Long.class).single() > 0) {
            return;
        }
        List<Long> neighbours = new ArrayList<>();
        for (int i = 0; i < NEIGHBOURS.length; i++) {
            neighbours.add(profiles.ensure("demo-buur-" + (i + 1), NEIGHBOURS[i]));
        }
        for (int i = 0; i < IDEAS.size(); i++) {
            String[] idea = IDEAS.get(i);
            long owner = i == 0 ? seed.residentId() : neighbours.get(i);
            String status = i == 1 ? "SELECTED" : i == 7 ? "NOT_FEASIBLE" : "OPEN";
            String reason = i == 1 ? "Past goed in het ontwerp en veel mensen steunen het. Het komt in de keuzefase."
                    : i == 7 ? "Onder het plein ligt een oude waterput en veel leidingen; een garage kan daar niet."
                    : null;
            long id = jdbc.sql("""
                            INSERT INTO idea (phase_id, owner_id, title, description, place, category, status, status_reason)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                    .params(phase, owner, idea[0], idea[1], idea[2], idea[3], status, reason).query(Long.class).single();
            int supports = (IDEAS.size() - i) + (i == 1 ? 4 : 0);
            for (int s = 0; s < supports && s < neighbours.size(); s++) {
                jdbc.sql("INSERT INTO idea_support (idea_id, resident_id) VALUES (?, ?) ON CONFLICT DO NOTHING")
                        .params(id, neighbours.get(s)).update();
            }
            jdbc.sql("UPDATE idea SET support_count = (SELECT count(*) FROM idea_support WHERE idea_id = ?) WHERE id = ?")
                    .params(id, id).update();
        }
    }
}
