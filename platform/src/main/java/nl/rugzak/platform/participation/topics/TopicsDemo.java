package nl.rugzak.platform.participation.topics;

import nl.rugzak.platform.participation.ModuleDemo;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Two policy topics per demo municipality, written as the system (past the editors' role check), once. */
@Component
class TopicsDemo implements ModuleDemo {

    private final JdbcClient jdbc;

    TopicsDemo(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void seed(DemoSeed seed) {
        if (jdbc.sql("SELECT count(*) FROM policy_topic").query(Long.class).single() > 0) {
            return;
        }
        boolean voorbeeld = seed.voorbeeld();
        topic(voorbeeld ? "Meer groen in de wijken" : "Een levendige haven",
                voorbeeld ? "We willen in elke wijk meer bomen, geveltuinen en plekken om elkaar te ontmoeten."
                        : "De oude haven wordt een plek om te wonen, te werken en elkaar te ontmoeten.",
                "PREPARING");
        topic(voorbeeld ? "Veilig naar school" : "Samen tegen eenzaamheid",
                voorbeeld ? "Kinderen moeten veilig kunnen lopen en fietsen naar school."
                        : "Niemand in Oosterhaven hoeft er alleen voor te staan.",
                "EXPLORING");
    }

    private void topic(String title, String summary, String status) {
        jdbc.sql("INSERT INTO policy_topic (title, summary, plans, status) VALUES (?, ?, ?, ?)")
                .params(title, summary, summary, status).update();
    }
}
