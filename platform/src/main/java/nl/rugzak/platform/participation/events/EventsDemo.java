package nl.rugzak.platform.participation.events;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import nl.rugzak.platform.participation.ModuleDemo;
import nl.rugzak.platform.residents.ResidentProfiles;
import nl.rugzak.tenantadmin.media.SafeImages;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A living agenda for each demo municipality: three upcoming events (on location, online, both) with places in a
 * plausible town centre, a past one with its report and a photo (drawn at seed time, stored as staff uploads are), and a
 * few registrations by made-up residents. Relative to the
 * application's clock, so the demo stays current; seeded once.
 */
@Component
class EventsDemo implements ModuleDemo {

    private record Town(String name, String postcodeArea, double latitude, double longitude) {
    }

    private static final Town VOORBEELD = new Town("Voorbeeldstad", "3811", 52.1561, 5.3878);
    private static final Town OOSTERHAVEN = new Town("Oosterhaven", "8911", 53.2012, 5.7999);
    private static final List<String> NEIGHBOURS = List.of("Fatima el Amrani", "Henk Bosma", "Sanne de Jong",
            "Joost Visser", "Priya Ramdin");

    private final JdbcClient jdbc;
    private final ResidentProfiles profiles;
    private final Clock clock;
    private final EventPhotos photos;
    private final SafeImages safeImages;

    EventsDemo(JdbcClient jdbc, ResidentProfiles profiles, Clock clock, EventPhotos photos, SafeImages safeImages) {
        this.jdbc = jdbc;
        this.profiles = profiles;
        this.clock = clock;
        this.photos = photos;
        this.safeImages = safeImages;
    }

    @Override
    public void seed(DemoSeed seed) {
        if (jdbc.sql("SELECT count(*) FROM event").query(Long.class).single() > 0) {
            return;
        }
        Town town = seed.voorbeeld() ? VOORBEELD : OOSTERHAVEN;
        LocalDate today = LocalDate.now(clock);
        long evening = insert("Buurtavond over het nieuwe speelplein", """
                        Het speelplein aan de Lindelaan wordt opnieuw ingericht. Kom vertellen wat u belangrijk vindt:
                        **groen**, schaduw, bankjes of juist ruimte om te voetballen.

                        De gemeente laat drie ontwerpen zien. Kinderen zijn ook welkom.""",
                at(today.plusDays(9), 19, 30), at(today.plusDays(9), 21, 30),
                "Buurthuis De Linde, Lindelaan 12, " + town.postcodeArea() + " AB " + town.name(),
                town.latitude() + 0.0031, town.longitude() - 0.0042, null, true, true, "WAITING_LIST", 12, null);
        insert("Werksessie fietsroutes (online)", """
                        Samen met de verkeerskundige kijken we naar de fietsroutes naar de scholen. U krijgt de link na
                        uw aanmelding.""",
                at(today.plusDays(16), 20, 0), at(today.plusDays(16), 21, 0), null, null, null,
                "https://meet.example.org/fietsroutes-" + town.postcodeArea(), false, false, "OPEN", 40, null);
        insert("Wandeling langs de nieuwe kademuur", """
                        Een rondleiding langs de werkzaamheden aan de kade, met de projectleider. Ook online te volgen.""",
                at(today.plusDays(23), 10, 0), at(today.plusDays(23), 11, 30),
                "Verzamelen bij de Kaaspoort, Markt 1, " + town.postcodeArea() + " CD " + town.name(),
                town.latitude() - 0.0017, town.longitude() + 0.0023,
                "https://meet.example.org/kademuur-" + town.postcodeArea(), true, false, "NONE", null, null);
        long past = insert("Inloopavond centrumplan", """
                        Een avond om vragen te stellen over het centrumplan en uw ideeën te geven.""",
                at(today.minusDays(20), 19, 0), at(today.minusDays(20), 21, 0),
                "Stadhuis, Stadhuisplein 1, " + town.postcodeArea() + " EF " + town.name(),
                town.latitude(), town.longitude(), null, true, true, "OPEN", 60, null);
        jdbc.sql("""
                        UPDATE event SET report = ?, outcomes = ?, reported_at = ? WHERE id = ?""")
                .params("""
                                Er kwamen 43 bewoners. De meeste vragen gingen over **parkeren** en over groen op het plein.

                                - Veel mensen willen meer bomen en minder stenen.
                                - Ondernemers vragen om laad- en losplekken aan de zijkant.
                                - Een paar bewoners maken zich zorgen over geluid op de avond.""",
                        """
                                Het ontwerp krijgt zes extra bomen. De laad- en losplekken komen aan de Kerkstraat. In het
                                voorjaar volgt een tweede avond over geluid.""",
                        Timestamp.from(at(today.minusDays(15), 12, 0)), past).update();
        // Through the same cleaning and table as a staff upload, so the demo shows what a real report looks like.
        photos.store(past, 0, safeImages.raster(DemoReportPhoto.png(), EventPhotos.MAX_BYTES), DemoReportPhoto.ALT);
        for (int i = 0; i < NEIGHBOURS.size(); i++) {
            long resident = profiles.ensure("demo-agenda-" + (i + 1), NEIGHBOURS.get(i));
            register(evening, resident, i % 2 + 1);
        }
        register(evening, seed.residentId(), 2);
    }

    private void register(long event, long resident, int people) {
        int added = jdbc.sql("""
                        INSERT INTO event_registration (event_id, resident_id, people, status, created_at)
                        VALUES (?, ?, ?, 'REGISTERED', ?) ON CONFLICT DO NOTHING""")
                .params(event, resident, people, Timestamp.from(clock.instant())).update();
        if (added == 1) {
            jdbc.sql("UPDATE event SET taken = taken + ? WHERE id = ?").params(people, event).update();
        }
    }

    private long insert(String title, String description, Instant start, Instant end, String address, Double latitude,
                        Double longitude, String url, boolean wheelchair, boolean loop, String mode, Integer capacity,
                        Long topic) {
        Instant now = clock.instant();
        return jdbc.sql("""
                        INSERT INTO event (title, description, starts_at, ends_at, address, latitude, longitude,
                                           online_url, wheelchair_access, hearing_loop, language, topic_id,
                                           registration, capacity, created_at, updated_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'Nederlands', ?, ?, ?, ?, ?) RETURNING id""")
                .params(title, description.stripIndent().strip(), Timestamp.from(start), Timestamp.from(end), address,
                        latitude, longitude, url, wheelchair, loop, topic, mode, capacity, Timestamp.from(now),
                        Timestamp.from(now))
                .query(Long.class).single();
    }

    private Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(LocalTime.of(hour, minute)).atZone(clock.getZone()).toInstant();
    }
}
