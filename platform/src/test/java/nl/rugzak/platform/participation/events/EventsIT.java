package nl.rugzak.platform.participation.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import net.fortuna.ical4j.data.CalendarBuilder;
import nl.rugzak.platform.content.NotFoundException;
import nl.rugzak.platform.mydata.PersonalDataHolder;
import nl.rugzak.platform.participation.ModuleManifests;
import nl.rugzak.platform.support.DemoUsers;
import nl.rugzak.platform.support.IntegrationTest;
import nl.rugzak.platform.support.MovableClock;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import nl.rugzak.tenantadmin.tenancy.TenantId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/** Events through their services and HTTP endpoints, as real accounts of the demo municipalities. */
class EventsIT extends IntegrationTest {

    static final String ONLINE = "https://meet.example.org/geheime-kamer-";

    @Autowired
    Events events;
    @Autowired
    DoorList doorList;
    @Autowired
    EventSharing sharing;
    @Autowired
    EventsPersonalData personalData;
    @Autowired
    MovableClock clock;
    @Autowired
    DemoUsers users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SecurityContextHolderStrategy security;

    /*
     * People are made up per test (subject, name, realm roles) and logged in as a login would make them; the
     * services see exactly what they see after a real OIDC login, without waiting for Keycloak to start.
     */

    /** Far enough ahead that other tests moving the shared clock on never make it past. */
    LocalDateTime inAYear(int hour) {
        return LocalDateTime.now(clock).plusDays(400).withHour(hour).withMinute(0).withSecond(0).withNano(0);
    }

    EventDraft draft(String title, RegistrationMode mode, Integer capacity) {
        return new EventDraft(title, "Kom **meepraten**.", inAYear(19), inAYear(21), "Lindelaan 12, Voorbeeldstad",
                52.1592, 5.3836, ONLINE + UUID.randomUUID(), true, false, "Nederlands", null, null, mode, capacity);
    }

    long create(String slug, EventDraft draft) {
        return as(slug, person(slug, "Redacteur", "editor"), () -> events.create(draft));
    }

    Authentication person(String slug, String name, String... roles) {
        var account = new DemoUsers.Account(slug, name, "test-" + UUID.randomUUID(), name, name + "@example.org",
                List.of(roles));
        return users.authentication(account, name);
    }

    void run(String slug, Authentication who, Runnable work) {
        as(slug, who, () -> {
            work.run();
            return null;
        });
    }

    /** A made-up resident of the tenant, logged in as a login would make them (no Keycloak account needed). */
    Authentication resident(String slug, String name) {
        return person(slug, name, "resident");
    }

    <T> T as(String slug, Authentication who, Supplier<T> work) {
        var previous = security.getContext();
        var context = security.createEmptyContext();
        context.setAuthentication(who);
        security.setContext(context);
        try {
            return TenantContext.call(new TenantId(slug), work::get);
        } finally {
            security.setContext(previous);
        }
    }

    <T> T anonymous(String slug, Supplier<T> work) {
        var previous = security.getContext();
        security.setContext(security.createEmptyContext());
        try {
            return TenantContext.call(new TenantId(slug), work::get);
        } finally {
            security.setContext(previous);
        }
    }

    @Test
    void onlyEditorsPlanEventsAndEveryBadFieldIsNamedWithNothingStored() {
        assertThatThrownBy(() -> run("voorbeeld", resident("voorbeeld", "Bewoner"), () -> events.create(draft("Mag niet", RegistrationMode.OPEN, 10))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> run("voorbeeld", person("voorbeeld", "Moderator", "moderator"), () -> events.create(draft("Mag niet", RegistrationMode.OPEN, 10))))
                .isInstanceOf(AccessDeniedException.class);
        long before = TenantContext.call(new TenantId("voorbeeld"), () -> jdbc.sql("SELECT count(*) FROM event").query(Long.class).single());

        EventDraft bad = new EventDraft(" ", "x".repeat(Events.MAX_DESCRIPTION + 1), inAYear(21), inAYear(19), null,
                52.1, null, "javascript:alert(1)", false, false, "", null, 999_999L, RegistrationMode.WAITING_LIST, null);
        assertThatThrownBy(() -> run("voorbeeld", person("voorbeeld", "Redacteur", "editor"), () -> events.create(bad)))
                .isInstanceOfSatisfying(InvalidEventException.class, e -> assertThat(e.problems()).containsOnlyKeys(
                        "title", "description", "end", "onlineUrl", "point", "topic", "capacity"));
        EventDraft noPlace = new EventDraft("Zonder plek", "", inAYear(19), inAYear(20), " ", null, null, null, false,
                false, null, null, null, RegistrationMode.OPEN, null);
        assertThatThrownBy(() -> run("voorbeeld", person("voorbeeld", "Redacteur", "editor"), () -> events.create(noPlace)))
                .isInstanceOfSatisfying(InvalidEventException.class, e -> assertThat(e.problems())
                        .containsEntry("address", "Vul een adres in, een link voor online meedoen, of allebei."));

        long after = TenantContext.call(new TenantId("voorbeeld"), () -> jdbc.sql("SELECT count(*) FROM event").query(Long.class).single());
        assertThat(after).isEqualTo(before);
    }

    @Test
    void thirtySimultaneousRegistrationsForTheLastFivePlacesGiveExactlyFivePlaces() throws Exception {
        long waitingList = create("voorbeeld", draft("Drukke avond met wachtlijst", RegistrationMode.WAITING_LIST, 10));
        long open = create("voorbeeld", draft("Drukke avond zonder wachtlijst", RegistrationMode.OPEN, 10));
        for (long id : List.of(waitingList, open)) {
            // Five of the ten places go first, to one resident coming with four others.
            assertThat(as("voorbeeld", resident("voorbeeld", "Groep"), () -> events.register(id, 5)))
                    .isEqualTo(RegistrationStatus.REGISTERED);
        }

        List<Object> withList = rush(waitingList);
        List<Object> withoutList = rush(open);

        assertThat(withList).filteredOn(RegistrationStatus.REGISTERED::equals).hasSize(5);
        assertThat(withList).filteredOn(RegistrationStatus.WAITING::equals).hasSize(25);
        assertThat(withoutList).filteredOn(RegistrationStatus.REGISTERED::equals).hasSize(5);
        assertThat(withoutList).filteredOn(InvalidEventException.class::isInstance).hasSize(25)
                .allSatisfy(e -> assertThat(((Exception) e).getMessage()).isEqualTo("De bijeenkomst is vol."));
        for (long id : List.of(waitingList, open)) {
            var counts = TenantContext.call(new TenantId("voorbeeld"), () -> jdbc.sql("""
                            SELECT e.taken, (SELECT coalesce(sum(people), 0) FROM event_registration r
                                              WHERE r.event_id = e.id AND r.status = 'REGISTERED')
                              FROM event e WHERE e.id = ?""").param(id)
                    .query((rs, row) -> List.of(rs.getInt(1), rs.getInt(2))).single());
            assertThat(counts).containsExactly(10, 10);
        }
    }

    /** Thirty residents press "Aanmelden" at once; each outcome is a status or the refusal. */
    private List<Object> rush(long id) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(30);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Object>> clicks = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            Authentication who = resident("voorbeeld", "Haastige " + i);
            // A first visit records the profile (in a transaction of its own), as a login does: not part of the rush.
            as("voorbeeld", who, () -> events.view(id));
            clicks.add(pool.submit((Callable<Object>) () -> {
                start.await();
                try {
                    return as("voorbeeld", who, () -> events.register(id, 1));
                } catch (InvalidEventException e) {
                    return e;
                }
            }));
        }
        start.countDown();
        List<Object> outcomes = new ArrayList<>();
        for (Future<Object> click : clicks) {
            try {
                outcomes.add(click.get());
            } catch (ExecutionException e) {
                throw new AssertionError("A registration failed unexpectedly", e.getCause());
            }
        }
        pool.shutdown();
        return outcomes;
    }

    @Test
    void cancellingMovesTheFirstWaitingPersonUpInTheSameStep() {
        long id = create("voorbeeld", draft("Kleine werksessie", RegistrationMode.WAITING_LIST, 2));
        Authentication anna = resident("voorbeeld", "Anna");
        Authentication bram = resident("voorbeeld", "Bram");
        Authentication cor = resident("voorbeeld", "Cor");
        Authentication dewi = resident("voorbeeld", "Dewi");
        assertThat(as("voorbeeld", anna, () -> events.register(id, 1))).isEqualTo(RegistrationStatus.REGISTERED);
        assertThat(as("voorbeeld", bram, () -> events.register(id, 1))).isEqualTo(RegistrationStatus.REGISTERED);
        assertThat(as("voorbeeld", cor, () -> events.register(id, 1))).isEqualTo(RegistrationStatus.WAITING);
        clock.advance(Duration.ofSeconds(1));
        assertThat(as("voorbeeld", dewi, () -> events.register(id, 1))).isEqualTo(RegistrationStatus.WAITING);
        assertThat(as("voorbeeld", dewi, () -> events.view(id)).mine().placeInQueue()).isEqualTo(2);
        assertThatThrownBy(() -> as("voorbeeld", anna, () -> events.register(id, 1)))
                .isInstanceOf(InvalidEventException.class).hasMessage("U bent al aangemeld.");

        as("voorbeeld", anna, () -> {
            events.cancel(id);
            return null;
        });

        assertThat(as("voorbeeld", cor, () -> events.view(id)).mine().status()).isEqualTo(RegistrationStatus.REGISTERED);
        EventDetail forDewi = as("voorbeeld", dewi, () -> events.view(id));
        assertThat(forDewi.mine().status()).isEqualTo(RegistrationStatus.WAITING);
        assertThat(forDewi.mine().placeInQueue()).isEqualTo(1);
        assertThat(forDewi.taken()).isEqualTo(2);
        assertThat(forDewi.availability()).isEqualTo(Availability.WAITING_LIST);
        assertThatThrownBy(() -> as("voorbeeld", anna, () -> {
            events.cancel(id);
            return null;
        })).isInstanceOf(InvalidEventException.class);

        // Staff making room lets the next one in too.
        run("voorbeeld", person("voorbeeld", "Redacteur", "editor"), () -> events.update(id, draft("Kleine werksessie", RegistrationMode.WAITING_LIST, 3)));
        assertThat(as("voorbeeld", dewi, () -> events.view(id)).mine().status()).isEqualTo(RegistrationStatus.REGISTERED);
        assertThat(as("voorbeeld", person("voorbeeld", "Redacteur", "editor"), () -> events.registrations(id))).extracting(Registrant::name)
                .containsExactlyInAnyOrder("Bram", "Cor", "Dewi");
    }

    @Test
    void erasingAResidentGivesUpTheirPlaceToTheWaitingList() {
        long id = create("voorbeeld", draft("Een plek", RegistrationMode.WAITING_LIST, 1));
        Authentication leaving = resident("voorbeeld", "Vertrekker");
        Authentication next = resident("voorbeeld", "Volgende");
        as("voorbeeld", leaving, () -> events.register(id, 1));
        as("voorbeeld", next, () -> events.register(id, 1));
        long residentId = as("voorbeeld", leaving, () -> jdbc.sql("SELECT resident_id FROM event_registration WHERE event_id = ? AND status = 'REGISTERED'")
                .param(id).query(Long.class).single());

        var export = TenantContext.call(new TenantId("voorbeeld"), () -> personalData.export(residentId));
        assertThat(export.get("aanmeldingen_bijeenkomsten")).singleElement().satisfies(row -> {
            assertThat(row).containsEntry("titel", "Een plek");
            assertThat(row.keySet()).noneMatch(key -> key.contains("lat") || key.contains("lon") || key.contains("coord"));
        });
        // Erasure runs inside My Data's transaction; a plain transaction stands in for it here.
        TenantContext.run(new TenantId("voorbeeld"), () -> new org.springframework.transaction.support.TransactionTemplate(
                transactions).executeWithoutResult(status -> personalData.erase(
                        new PersonalDataHolder.Erasure(residentId, "Vertrekker", residentId, false))));

        assertThat(as("voorbeeld", next, () -> events.view(id)).mine().status()).isEqualTo(RegistrationStatus.REGISTERED);
        assertThat(TenantContext.call(new TenantId("voorbeeld"), () -> personalData.export(residentId))
                .get("aanmeldingen_bijeenkomsten")).isEmpty();
    }

    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    @Test
    void theOnlineLinkReachesOnlyRegisteredPeopleAndStaff() throws Exception {
        long id = create("voorbeeld", draft("Online en op locatie", RegistrationMode.WAITING_LIST, 1));
        String link = as("voorbeeld", person("voorbeeld", "Redacteur", "editor"), () -> events.view(id)).onlineUrl();
        assertThat(link).startsWith(ONLINE);
        Authentication registered = resident("voorbeeld", "Binnen");
        Authentication waiting = resident("voorbeeld", "Wachter");
        as("voorbeeld", registered, () -> events.register(id, 1));
        as("voorbeeld", waiting, () -> events.register(id, 1));

        assertThat(as("voorbeeld", registered, () -> events.view(id)).onlineUrl()).isEqualTo(link);
        assertThat(as("voorbeeld", registered, () -> events.calendarEntry(id)).onlineUrl()).isEqualTo(link);
        EventDetail forWaiting = as("voorbeeld", waiting, () -> events.view(id));
        assertThat(forWaiting.onlineUrl()).isNull();
        assertThat(forWaiting.online()).isTrue();
        assertThat(as("voorbeeld", resident("voorbeeld", "Bewoner"), () -> events.view(id)).onlineUrl()).isNull();
        assertThat(anonymous("voorbeeld", () -> events.view(id)).onlineUrl()).isNull();
        assertThat(anonymous("voorbeeld", () -> events.calendarEntry(id)).onlineUrl()).isNull();
        assertThat(anonymous("voorbeeld", () -> sharing.latest(1000)).toString()).doesNotContain(link);
        assertThat(anonymous("voorbeeld", () -> sharing.describe("/agenda/" + id)).orElseThrow().toString()).doesNotContain(link);

        var site = site("voorbeeld.localhost");
        HttpResponse<String> feed = site.get("/agenda.ics");
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/calendar");
        assertThat(feed.body()).contains("Online en op locatie").doesNotContain(ONLINE);
        new CalendarBuilder().build(new StringReader(feed.body())).validate();
        HttpResponse<String> own = site.get("/agenda/" + id + ".ics");
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.body()).contains("Online en op locatie").doesNotContain(ONLINE);
        HttpResponse<String> widget = site.get("/widget/agenda");
        assertThat(widget.body()).doesNotContain(ONLINE);
    }

    @Test
    void anotherMunicipalitysEventIsNotFoundAnywhere() {
        long id = create("voorbeeld", draft("Alleen in Voorbeeldstad", RegistrationMode.OPEN, 20));
        Authentication stranger = resident("oosterhaven", "Buitenstaander");

        assertThatThrownBy(() -> as("oosterhaven", stranger, () -> events.view(id))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as("oosterhaven", stranger, () -> events.register(id, 1))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> run("oosterhaven", person("oosterhaven", "Redacteur", "editor"), () -> events.registrations(id)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> run("oosterhaven", person("oosterhaven", "Redacteur", "editor"), () -> events.delete(id)))
                .isInstanceOf(NotFoundException.class);
        assertThat(anonymous("oosterhaven", () -> events.upcoming(1000))).extracting(EventCard::id).doesNotContain(id);

        var oosterhaven = site("oosterhaven.localhost");
        assertThat(oosterhaven.get("/agenda/" + id + ".ics").statusCode()).isEqualTo(404);
        assertThat(oosterhaven.get("/agenda.ics").body()).doesNotContain("Alleen in Voorbeeldstad");
        assertThat(oosterhaven.get("/kaart/markers.json").body()).doesNotContain("Alleen in Voorbeeldstad");
        assertThat(site("voorbeeld.localhost").get("/kaart/markers.json?bbox=5.3,52.1,5.5,52.2").body())
                .contains("Alleen in Voorbeeldstad");
        assertThat(anonymous("voorbeeld", () -> events.view(id)).title()).isEqualTo("Alleen in Voorbeeldstad");
    }

    @Test
    void theDoorListIsForStaffWithNamesAndNumbersOnly() {
        long id = create("voorbeeld", draft("Avond met deurlijst", RegistrationMode.WAITING_LIST, 3));
        as("voorbeeld", resident("voorbeeld", "Zoë Çelik"), () -> events.register(id, 2));
        as("voorbeeld", resident("voorbeeld", "=SOM(A1)"), () -> events.register(id, 1));
        as("voorbeeld", resident("voorbeeld", "Laatkomer"), () -> events.register(id, 1));

        byte[] csv = as("voorbeeld", person("voorbeeld", "Redacteur", "editor"), () -> doorList.csv(id, nl.rugzak.tenantadmin.text.Texts.DUTCH));

        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFNaam;Aantal personen\r\n");
        assertThat(text).contains("Zoë Çelik;2").contains("'=SOM(A1);1").doesNotContain("Laatkomer")
                .doesNotContain("@").doesNotContain("52.");
        assertThatThrownBy(() -> run("voorbeeld", resident("voorbeeld", "Bewoner"), () -> doorList.csv(id, nl.rugzak.tenantadmin.text.Texts.DUTCH)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theReportComesAfterTheStartAndShowsOnThePage() {
        LocalDateTime past = LocalDateTime.now(clock).minusDays(3).withHour(19).withMinute(0);
        long id = create("voorbeeld", new EventDraft("Al geweest", "", past, past.plusHours(2), "Markt 1, Voorbeeldstad",
                null, null, null, false, false, "Nederlands", null, null, RegistrationMode.OPEN, 20));
        long future = create("voorbeeld", draft("Nog niet geweest", RegistrationMode.OPEN, 20));

        assertThatThrownBy(() -> run("voorbeeld", person("voorbeeld", "Redacteur", "editor"), () -> events.saveReport(future, new EventReport("Te vroeg", null))))
                .isInstanceOf(InvalidEventException.class);
        assertThatThrownBy(() -> run("voorbeeld", person("voorbeeld", "Redacteur", "editor"), () -> events.saveReport(id, new EventReport(" ", null))))
                .isInstanceOfSatisfying(InvalidEventException.class, e -> assertThat(e.problems()).containsKey("minutes"));
        assertThatThrownBy(() -> run("voorbeeld", resident("voorbeeld", "Bewoner"), () -> events.saveReport(id, new EventReport("Ik ook", null))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> run("voorbeeld", resident("voorbeeld", "Bewoner"), () -> events.register(id, 1)))
                .isInstanceOf(InvalidEventException.class).hasMessageContaining("al begonnen");

        run("voorbeeld", person("voorbeeld", "Redacteur", "editor"), () -> events.saveReport(id, new EventReport("We spraken over **bomen**.", "Zes bomen erbij.")));

        EventDetail seen = anonymous("voorbeeld", () -> events.view(id));
        assertThat(seen.past()).isTrue();
        assertThat(seen.report()).contains("bomen");
        assertThat(seen.outcomes()).isEqualTo("Zes bomen erbij.");
        assertThat(anonymous("voorbeeld", () -> events.past(1000))).filteredOn(card -> card.id() == id)
                .singleElement().satisfies(card -> assertThat(card.hasReport()).isTrue());
    }

    @Test
    void theMapAnswersPerViewAndRefusesNonsense() {
        create("voorbeeld", draft("Op de kaart", RegistrationMode.NONE, null));
        var site = site("voorbeeld.localhost");

        HttpResponse<String> inside = site.get("/kaart/markers.json?bbox=5.38,52.15,5.39,52.16");
        assertThat(inside.statusCode()).isEqualTo(200);
        assertThat(inside.body()).contains("Op de kaart").contains("Lindelaan 12, Voorbeeldstad").doesNotContain(ONLINE);
        assertThat(site.get("/kaart/markers.json?bbox=4.0,51.0,4.1,51.1").body()).doesNotContain("Op de kaart");
        assertThat(site.get("/kaart/markers.json?bbox=x,y,z").statusCode()).isEqualTo(400);
        assertThat(site.get("/rugzak/leaflet/leaflet.js").statusCode()).isEqualTo(200);
        // The map page's own script is same-origin: a content-security policy on the page, if any, must allow 'self'.
        HttpResponse<String> page = site.get("/kaart");
        assertThat(page.statusCode()).isEqualTo(200);
        page.headers().firstValue("Content-Security-Policy").ifPresent(policy -> assertThat(policy).contains("'self'"));
        assertThat(site.get("/rugzak/leaflet/rugzak-map.js").body()).contains("markers");
    }

    @Test
    void unknownEventsAndHostsAreNotFound() {
        assertThat(site("voorbeeld.localhost").get("/agenda/999999999.ics").statusCode()).isEqualTo(404);
        assertThat(site("unknown-host.localhost").get("/agenda.ics").statusCode()).isEqualTo(404);
    }
}
