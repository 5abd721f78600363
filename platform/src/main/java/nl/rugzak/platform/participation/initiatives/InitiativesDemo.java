package nl.rugzak.platform.participation.initiatives;

import nl.rugzak.platform.participation.ModuleDemo;
import nl.rugzak.platform.places.ChosenPoint;
import nl.rugzak.platform.places.MapPoint;
import nl.rugzak.platform.participation.topics.PolicyTopic;
import nl.rugzak.platform.participation.topics.PolicyTopics;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Two initiatives of the demo resident per demo municipality, one answered by the municipality and feeding into
 * the first policy topic (asked of the topics module, seeded before this one), written once as the system.
 */
@Component
class InitiativesDemo implements ModuleDemo {

    private final JdbcClient jdbc;
    private final PolicyTopics topics;

    InitiativesDemo(JdbcClient jdbc, PolicyTopics topics) {
        this.jdbc = jdbc;
        this.topics = topics;
    }

    @Override
    public void seed(DemoSeed seed) {
        if (jdbc.sql("SELECT count(*) FROM initiative").query(Long.class).single() > 0) {
            return;
        }
        boolean voorbeeld = seed.voorbeeld();
        long owner = seed.residentId();
        Long category = jdbc.sql("SELECT id FROM initiative_category ORDER BY position LIMIT 1").query(Long.class)
                .optional().orElse(null);
        long first = initiative(owner, category, voorbeeld ? "Geveltuinen in de Lindestraat" : "Buurtkamer aan de kade",
                voorbeeld ? "Samen met de buren leggen we geveltuintjes aan langs de hele straat."
                        : "Een plek waar buren koffie drinken, klussen en elkaar helpen.",
                voorbeeld ? "Lindestraat" : "Havenkwartier", "IN_CONVERSATION",
                voorbeeld ? new MapPoint(52.1587, 5.3902) : new MapPoint(53.2024, 5.8031));
        initiative(owner, category, voorbeeld ? "Speeltuin De Eik opknappen" : "Repair café in de bibliotheek",
                voorbeeld ? "De speeltuin is verouderd. Wij willen hem samen met de kinderen opknappen."
                        : "Elke maand repareren vrijwilligers spullen, zodat minder wordt weggegooid.",
                voorbeeld ? "Wijk De Eik" : "Centrum", "PUBLISHED",
                voorbeeld ? new MapPoint(52.1532, 5.3815) : new MapPoint(53.1998, 5.7981));
        jdbc.sql("INSERT INTO initiative_response (initiative_id, body, author_name) VALUES (?, ?, ?)")
                .params(first, "Mooi plan! We nemen contact met u op om te kijken hoe de gemeente kan helpen.",
                        "Roos Redacteur").update();
        // The oldest topic is the first one the topics module seeded ("Meer groen", "Een levendige haven").
        topics.all().stream().min(java.util.Comparator.comparing(PolicyTopic::id)).ifPresent(topic -> jdbc.sql("""
                INSERT INTO initiative_topic_link (initiative_id, topic_id, state, proposed_by, decided_by, decided_at)
                VALUES (?, ?, 'ACCEPTED', 'Gemeente', 'Gemeente', now())""").params(first, topic.id()).update());
    }

    private long initiative(long owner, Long category, String title, String summary, String place, String status,
                            MapPoint chosen) {
        // The demo resident did not tick "exact": their points are kept at street level, as anyone's would be.
        MapPoint point = new ChosenPoint(chosen, false).stored();
        long id = jdbc.sql("""
                        INSERT INTO initiative (owner_id, title, summary, description, place, category_id, status,
                                                supporter_count, published_at, help_wanted, latitude, longitude)
                        VALUES (?, ?, ?, ?, ?, ?, ?, 0, now(), 'Handige buren en een beetje tijd.', ?, ?) RETURNING id""")
                .params(owner, title, summary, summary, place, category, status, point.latitude(), point.longitude())
                .query(Long.class).single();
        jdbc.sql("INSERT INTO initiative_status_change (initiative_id, from_status, to_status, changed_by) VALUES (?, 'DRAFT', ?, ?)")
                .params(id, status, "Demo").update();
        return id;
    }
}
