package nl.rugzak.platform.participation.ideas;

import java.util.ArrayList;
import java.util.List;

import nl.rugzak.platform.participation.ModuleDemo;
import nl.rugzak.platform.places.ChosenPoint;
import nl.rugzak.platform.places.MapPoint;
import nl.rugzak.platform.participation.projects.ProjectPhases;
import nl.rugzak.platform.participation.projects.ProjectsDemo;
import nl.rugzak.platform.residents.ResidentProfiles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Voorbeeldstad's market square collects ideas: eight of them, supported by made-up neighbours (profiles without a
 * login), one already selected and one judged not feasible, so every state can be seen. Oosterhaven's Havenkwartier
 * holds three plans from its earlier phase. Ideas with a place show on the map.
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
    /** Where each of the ideas above is, as chosen by its resident (kept at street level); null: no place given. */
    private static final double[][] POINTS = {{52.1567, 5.3865}, {52.1562, 5.3872}, {52.1571, 5.3874}, null,
            {52.1559, 5.3861}, {52.1556, 5.3877}, null, {52.1563, 5.3871}};
    /** Oosterhaven's residents' plans for the Havenkwartier, handed in during the project's plans phase. */
    private static final List<String[]> HAVEN_IDEAS = List.of(
            new String[] {"Bankjes langs de kade", "Op de kade kun je nergens zitten. Een paar bankjes met uitzicht op het water.", "Oosterkade", "MEETING", "53.2036", "5.8051"},
            new String[] {"Veilig oversteken bij de brug", "Bij de Havenbrug rijden auto's hard. Een zebrapad en een drempel graag.", "Havenbrug", "SAFETY", "53.2027", "5.8063"},
            new String[] {"Moestuin op het braakliggende veld", "Buren willen samen groente kweken op het lege veld achter de loods.", "Achter de Zuiderloods", "GREEN", "53.2019", "5.8027"});
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
            havenkwartier(seed);
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
            MapPoint point = POINTS[i] == null ? null : new ChosenPoint(new MapPoint(POINTS[i][0], POINTS[i][1]), false).stored();
            long id = jdbc.sql("""
                            INSERT INTO idea (phase_id, owner_id, title, description, place, category, status, status_reason,
                                              latitude, longitude)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                    .params(phase, owner, idea[0], idea[1], idea[2], idea[3], status, reason,
                            point == null ? null : point.latitude(), point == null ? null : point.longitude())
                    .query(Long.class).single();
            int supports = (IDEAS.size() - i) + (i == 1 ? 4 : 0);
            for (int s = 0; s < supports && s < neighbours.size(); s++) {
                jdbc.sql("INSERT INTO idea_support (idea_id, resident_id) VALUES (?, ?) ON CONFLICT DO NOTHING")
                        .params(id, neighbours.get(s)).update();
            }
            jdbc.sql("UPDATE idea SET support_count = (SELECT count(*) FROM idea_support WHERE idea_id = ?) WHERE id = ?")
                    .params(id, id).update();
        }
    }

    /** Oosterhaven's plans from the Havenkwartier's earlier phase, each with its place on the map. */
    private void havenkwartier(DemoSeed seed) {
        long phase = projects.havenkwartierPlansPhase();
        long project = phases.find(phase).orElseThrow().projectId();
        jdbc.sql("INSERT INTO idea_phase (phase_id, project_id, support_threshold) VALUES (?, ?, 10) ON CONFLICT DO NOTHING")
                .params(phase, project).update();
        if (jdbc.sql("SELECT count(*) FROM idea WHERE phase_id = ?").param(phase).query(Long.class).single() > 0) {
            return;
        }
        for (int i = 0; i < HAVEN_IDEAS.size(); i++) {
            String[] idea = HAVEN_IDEAS.get(i);
            long owner = i == 0 ? seed.residentId() : profiles.ensure("demo-buur-" + (i + 1), NEIGHBOURS[i]);
            MapPoint point = new ChosenPoint(new MapPoint(Double.parseDouble(idea[4]), Double.parseDouble(idea[5])),
                    false).stored();
            jdbc.sql("""
                            INSERT INTO idea (phase_id, owner_id, title, description, place, category, latitude, longitude)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(phase, owner, idea[0], idea[1], idea[2], idea[3], point.latitude(), point.longitude())
                    .update();
        }
    }
}
