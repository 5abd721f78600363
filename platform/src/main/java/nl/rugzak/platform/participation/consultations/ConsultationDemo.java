package nl.rugzak.platform.participation.consultations;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import nl.rugzak.platform.participation.ModuleDemo;
import nl.rugzak.platform.participation.topics.PolicyTopics;
import nl.rugzak.platform.residents.ResidentProfiles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Voorbeeldstad runs an open consultation on its play-area policy with a few reactions; Oosterhaven's consultation
 * on the same kind of policy is over, answered and has its response report published. The reacting residents are
 * made up and never log in.
 */
@Component
class ConsultationDemo implements ModuleDemo {

    static final String TITLE = "Speelruimtebeleid 2027";

    static final String DOCUMENT = """
            # Inleiding

            Kinderen spelen het liefst dicht bij huis. Dit beleid zegt hoe de gemeente de komende vijf jaar zorgt voor genoeg plekken om te spelen, voor alle leeftijden.

            Het beleid vervangt de speelruimtenota uit 2016. Sindsdien zijn er nieuwe wijken gebouwd en is het aantal kinderen in de oude wijken gegroeid.

            # Wat willen we bereiken

            Elk kind tot 12 jaar heeft binnen 300 meter van huis een plek om te spelen. Voor jongeren van 12 tot 18 jaar is er binnen 1 kilometer een ontmoetingsplek.

            Speelplekken zijn voor iedereen bruikbaar, ook voor kinderen met een beperking. Bij elke vernieuwing is ten minste een derde van de toestellen toegankelijk.

            # Hoe pakken we het aan

            ## Onderhoud en vernieuwing

            We controleren alle speeltoestellen vier keer per jaar. Toestellen die ouder zijn dan 15 jaar vervangen we als ze niet meer veilig zijn.

            Bij het vernieuwen van een speelplek vragen we omwonenden en kinderen uit de buurt mee te denken over de inrichting.

            ## Groen en natuurlijk spelen

            Waar het kan, maken we speelplekken groener: met bomen voor schaduw, boomstammen om op te klimmen en water om mee te spelen.

            - minder tegels, meer gras en zand
            - schaduw bij elke speelplek
            - een waterpunt in elke wijk

            # Geld en planning

            | Jaar | Budget | Aantal speelplekken |
            | --- | --- | --- |
            | 2027 | € 450.000 | 12 |
            | 2028 | € 420.000 | 10 |

            We bespreken de voortgang elk jaar met de gemeenteraad en delen de resultaten op deze website.
            """;

    private final JdbcClient jdbc;
    private final Consultations consultations;
    private final ResponseReports reports;
    private final PolicyTopics topics;
    private final ResidentProfiles profiles;
    private final Clock clock;

    ConsultationDemo(JdbcClient jdbc, Consultations consultations, ResponseReports reports, PolicyTopics topics,
                     ResidentProfiles profiles, Clock clock) {
        this.jdbc = jdbc;
        this.consultations = consultations;
        this.reports = reports;
        this.topics = topics;
        this.profiles = profiles;
        this.clock = clock;
    }

    @Override
    public void seed(DemoSeed seed) {
        if (jdbc.sql("SELECT count(*) FROM consultation").query(Integer.class).single() > 0) {
            return;
        }
        var topic = topics.all().stream().findFirst();
        if (topic.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        long fatima = profiles.ensure("demo-inspraak-fatima", "Fatima");
        long kees = profiles.ensure("demo-inspraak-kees", "Kees van Dijk");
        long noor = profiles.ensure("demo-inspraak-noor", "Noor");
        if (seed.voorbeeld()) {
            long id = consultation(topic.get().id(), now.minus(Duration.ofDays(5)), now.plus(Duration.ofDays(365)), now);
            DocumentVersion version = consultations.store(id, DOCUMENT, "MARKDOWN", 0, 0, "Gemeente Voorbeeldstad");
            react(id, 1, fatima, version.blocks().get(4).anchor(), "Mooi doel, maar 300 meter is voor kleine kinderen in onze straat nog ver: er ligt een drukke weg tussen.",
                    null, now);
            react(id, 2, kees, version.blocks().get(11).anchor(), "Graag ook bankjes in de schaduw voor ouders en grootouders.",
                    "Waar het kan, maken we speelplekken groener: met bomen voor schaduw, bankjes in de schaduw, boomstammen om op te klimmen en water om mee te spelen.", now);
            react(id, 3, noor, null, "Fijn dat kinderen mogen meedenken. Hoe hoort mijn school ervan?", null, now);
            react(id, 4, seed.residentId(), version.blocks().get(12).anchor(), "Een waterpunt in elke wijk is een goed idee voor warme zomers.",
                    null, now);
        } else {
            Instant opens = now.minus(Duration.ofDays(70));
            Instant closes = now.minus(Duration.ofDays(28));
            long id = consultation(topic.get().id(), opens, closes, opens);
            DocumentVersion first = consultations.store(id, DOCUMENT.replace("Voorbeeldstad", "Oosterhaven"), "MARKDOWN", 0, 0,
                    "Gemeente Oosterhaven");
            react(id, 1, fatima, first.blocks().get(4).anchor(), "Tussen onze straat en de speeltuin ligt een drukke weg. Tel die mee bij de 300 meter.",
                    null, opens.plus(Duration.ofDays(3)));
            react(id, 2, kees, first.blocks().get(11).anchor(), "Graag bankjes in de schaduw voor wie op de kinderen past.",
                    null, opens.plus(Duration.ofDays(9)));
            react(id, 3, noor, null, "Kan de gemeente ook iets doen aan hondenpoep op speelplekken?", null,
                    opens.plus(Duration.ofDays(12)));
            String changed = DOCUMENT.replace("Voorbeeldstad", "Oosterhaven").replace(
                    "heeft binnen 300 meter van huis een plek om te spelen.",
                    "heeft binnen 300 meter van huis een plek om te spelen, zonder een drukke weg over te steken.");
            DocumentVersion second = consultations.store(id, changed, "MARKDOWN", 0, 0, "Gemeente Oosterhaven");
            jdbc.sql("INSERT INTO consultation_theme (consultation_id, name, answer, outcome) VALUES (?, ?, ?, 'UNCHANGED')")
                    .params(id, "Inrichting van speelplekken",
                            "Bij elke vernieuwing denken omwonenden mee over de inrichting, ook over bankjes. Dat staat al in het beleid.")
                    .update();
            jdbc.sql("UPDATE consultation_reaction SET theme_id = (SELECT id FROM consultation_theme WHERE consultation_id = ?) WHERE consultation_id = ? AND number = 2")
                    .params(id, id).update();
            jdbc.sql("UPDATE consultation_reaction SET answer = ?, outcome = 'CHANGED', changed_key = ? WHERE consultation_id = ? AND number = 1")
                    .params("Goed punt. We nemen op dat de weg naar de speelplek geen drukke weg mag kruisen.",
                            second.blocks().get(4).anchor(), id).update();
            jdbc.sql("UPDATE consultation_reaction SET answer = ?, outcome = 'OUT_OF_SCOPE' WHERE consultation_id = ? AND number = 3")
                    .params("Hondenpoep valt onder het beleid voor openbare ruimte. We hebben uw reactie doorgestuurd.", id).update();
            jdbc.sql("""
                            INSERT INTO consultation_report (consultation_id, summary) VALUES (?, ?)""")
                    .params(id, "Drie bewoners reageerden op het concept. Eén reactie leidde tot een aanpassing: speelplekken moeten bereikbaar zijn zonder een drukke weg over te steken.")
                    .update();
            reports.store(id);
        }
    }

    private long consultation(long topicId, Instant opens, Instant closes, Instant published) {
        return jdbc.sql("""
                        INSERT INTO consultation (topic_id, title, introduction, kind, opens_at, closes_at, contact_name,
                                                  contact_email, published_at)
                        VALUES (?, ?, ?, 'OPEN', ?, ?, ?, ?, ?) RETURNING id""")
                .params(topicId, TITLE, "De gemeente wil dat alle kinderen dicht bij huis kunnen spelen. Lees het concept en laat weten wat u ervan vindt: bij een alinea of bij het hele stuk.",
                        Timestamp.from(opens), Timestamp.from(closes), "Team Openbare Ruimte", "speelruimte@example.org",
                        Timestamp.from(published))
                .query(Long.class).single();
    }

    private void react(long id, int number, long resident, String anchor, String body, String proposal, Instant at) {
        jdbc.sql("""
                        INSERT INTO consultation_reaction (consultation_id, number, resident_id, anchor_key, version_number,
                                                           body, proposed_text, created_at, updated_at)
                        VALUES (?, ?, ?, ?, 1, ?, ?, ?, ?)""")
                .params(id, number, resident, anchor, body, proposal, Timestamp.from(at), Timestamp.from(at)).update();
    }
}
