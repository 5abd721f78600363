package nl.rugzak.platform.places;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import nl.rugzak.platform.mydata.MyData;
import nl.rugzak.platform.participation.ideas.IdeaCategory;
import nl.rugzak.platform.participation.ideas.IdeaDraft;
import nl.rugzak.platform.participation.ideas.Ideas;
import nl.rugzak.platform.participation.initiatives.InitiativeDraft;
import nl.rugzak.platform.participation.initiatives.Initiatives;
import nl.rugzak.platform.participation.initiatives.InvalidInitiativeException;
import nl.rugzak.platform.participation.projects.InvalidProjectException;
import nl.rugzak.platform.participation.projects.PhaseDraft;
import nl.rugzak.platform.participation.projects.ProjectDraft;
import nl.rugzak.platform.participation.projects.Projects;
import nl.rugzak.platform.places.MapPlaces.MapPlace;
import nl.rugzak.platform.support.DemoUsers;
import nl.rugzak.platform.support.IntegrationTest;
import nl.rugzak.platform.support.MovableClock;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import nl.rugzak.tenantadmin.tenancy.TenantId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Places of initiatives, ideas and projects (issue 19): residents' points at street level unless they allow the exact
 * one, a point only with words, each municipality's map showing only its own places, and no coordinates in a
 * resident's personal-data export.
 */
class PlacesIT extends IntegrationTest {

    /** A resident's front door (made up): the exact point that must not be kept unless they say so. */
    static final MapPoint FRONT_DOOR = new MapPoint(52.156123, 5.387849);
    static final MapPoint STREET = new MapPoint(52.156, 5.388);

    @Autowired
    Initiatives initiatives;
    @Autowired
    Ideas ideas;
    @Autowired
    Projects projects;
    @Autowired
    MapMarkers markers;
    @Autowired
    MyData myData;
    @Autowired
    MovableClock clock;
    @Autowired
    DemoUsers users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SecurityContextHolderStrategy security;

    Authentication person(String slug, String name, String... roles) {
        var account = new DemoUsers.Account(slug, name, "test-" + UUID.randomUUID(), name, name + "@example.org",
                List.of(roles));
        return users.authentication(account, name);
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

    static InitiativeDraft initiative(String title, String place) {
        return new InitiativeDraft(title, "Een korte samenvatting.", "Een beschrijving.", place, null, "", false);
    }

    long publishedInitiative(String slug, Authentication owner, String title, ChosenPoint point) {
        return as(slug, owner, () -> {
            long id = initiatives.create(initiative(title, "Lindelaan"), point);
            initiatives.submit(id);
            return id;
        });
    }

    long ideasPhase(String slug) {
        Authentication editor = person(slug, "Redacteur", "editor");
        return as(slug, editor, () -> {
            LocalDate today = LocalDate.now(clock);
            long project = projects.create(new ProjectDraft("Plein " + System.nanoTime(), "Samenvatting", "", "", "", List.of()));
            long phase = projects.addPhase(project, new PhaseDraft("Ideeën", today, today.plusDays(4), "Deel uw idee", false));
            projects.publish(project);
            ideas.collectIn(phase, null, null);
            return phase;
        });
    }

    MapPoint storedInitiativePoint(String slug, long id) {
        return TenantContext.call(new TenantId(slug), () -> jdbc.sql(
                        "SELECT latitude, longitude FROM initiative WHERE id = ?").param(id)
                .query((rs, row) -> new MapPoint(rs.getDouble(1), rs.getDouble(2))).single());
    }

    @Test
    void aResidentsPointIsKeptAtStreetLevelUnlessTheyAllowTheExactOne() {
        Authentication resident = person("voorbeeld", "Plekkiezer", "resident");
        long rounded = as("voorbeeld", resident, () -> initiatives.create(initiative("Bankje bij mijn huis", "Lindelaan"),
                new ChosenPoint(FRONT_DOOR, false)));
        long exact = as("voorbeeld", resident, () -> initiatives.create(initiative("Precies hier een boom", "Lindelaan 12"),
                new ChosenPoint(FRONT_DOOR, true)));

        assertThat(storedInitiativePoint("voorbeeld", rounded)).isEqualTo(STREET);
        assertThat(storedInitiativePoint("voorbeeld", exact)).isEqualTo(FRONT_DOOR);
        assertThat(as("voorbeeld", resident, () -> initiatives.view(rounded)).point()).isEqualTo(STREET);

        long phase = ideasPhase("voorbeeld");
        long idea = as("voorbeeld", resident, () -> ideas.submit(phase,
                new IdeaDraft("Picknicktafel in het park", "Voor de buurt.", "Lindelaan", IdeaCategory.MEETING),
                new ChosenPoint(FRONT_DOOR, false)));
        assertThat(as("voorbeeld", resident, () -> ideas.view(idea)).point()).isEqualTo(STREET);
        assertThat(TenantContext.call(new TenantId("voorbeeld"), () -> jdbc.sql(
                        "SELECT latitude, longitude, exact_point FROM idea WHERE id = ?").param(idea)
                .query((rs, row) -> rs.getDouble(1) + "," + rs.getDouble(2) + "," + rs.getBoolean(3)).single()))
                .isEqualTo("52.156,5.388,false");
    }

    @Test
    void aPointWithoutWordsIsRefusedAndNothingIsStored() {
        Authentication resident = person("voorbeeld", "Zonderwoorden", "resident");
        long before = TenantContext.call(new TenantId("voorbeeld"),
                () -> jdbc.sql("SELECT count(*) FROM initiative").query(Long.class).single());

        assertThatThrownBy(() -> as("voorbeeld", resident, () -> initiatives.create(initiative("Zonder plek in woorden", " "),
                new ChosenPoint(FRONT_DOOR, false))))
                .isInstanceOfSatisfying(InvalidInitiativeException.class, e -> assertThat(e.problemsIn(
                        nl.rugzak.tenantadmin.text.Texts.DUTCH)).containsEntry("place",
                        "Schrijf ook in woorden waar het is, bijvoorbeeld de straat."));
        assertThat(TenantContext.call(new TenantId("voorbeeld"),
                () -> jdbc.sql("SELECT count(*) FROM initiative").query(Long.class).single())).isEqualTo(before);

        Authentication editor = person("voorbeeld", "Redacteur", "editor");
        assertThatThrownBy(() -> as("voorbeeld", editor, () -> projects.create(
                new ProjectDraft("Project zonder gebied", "Samenvatting", "", "", "", List.of()), FRONT_DOOR)))
                .isInstanceOfSatisfying(InvalidProjectException.class, e -> assertThat(e.problems()).containsKey("area"));
    }

    @Test
    void eachMunicipalitysMapShowsItsOwnPublicPlacesOnly() {
        String tag = Long.toString(System.nanoTime(), 36);
        Authentication resident = person("voorbeeld", "Kaartmaker", "resident");
        publishedInitiative("voorbeeld", resident, "Kaartplan " + tag, new ChosenPoint(FRONT_DOOR, false));
        as("voorbeeld", resident, () -> initiatives.create(initiative("Kaartconcept " + tag, "Lindelaan"),
                new ChosenPoint(FRONT_DOOR, false)));
        long phase = ideasPhase("voorbeeld");
        as("voorbeeld", resident, () -> ideas.submit(phase,
                new IdeaDraft("Kaartidee " + tag, "Voor de buurt.", "Bij de kerk", IdeaCategory.GREEN),
                new ChosenPoint(new MapPoint(52.1571, 5.3874), false)));
        Authentication editor = person("voorbeeld", "Redacteur", "editor");
        as("voorbeeld", editor, () -> {
            long project = projects.create(new ProjectDraft("Kaartproject " + tag, "Samenvatting", "", "Marktplein", "",
                    List.of()), new MapPoint(52.15634, 5.38712));
            LocalDate today = LocalDate.now(clock);
            projects.addPhase(project, new PhaseDraft("Ontwerp", today, today.plusDays(9), "Kijk mee", false));
            projects.publish(project);
            return project;
        });
        as("voorbeeld", editor, () -> projects.create(new ProjectDraft("Kaartprojectconcept " + tag, "Samenvatting", "",
                "Marktplein", "", List.of()), new MapPoint(52.15634, 5.38712)));

        String voorbeeld = site("voorbeeld.localhost").get("/kaart/markers.json?bbox=5.38,52.15,5.39,52.16").body();
        assertThat(voorbeeld).contains("Kaartplan " + tag, "Kaartidee " + tag, "Kaartproject " + tag, "Marktplein",
                "Bij de kerk", "52.15634").doesNotContain("Kaartconcept " + tag).doesNotContain("Kaartprojectconcept " + tag);
        assertThat(TenantContext.call(new TenantId("voorbeeld"), () -> markers.all(5_000)))
                .extracting(MapPlace::title).contains("Kaartplan " + tag, "Kaartidee " + tag, "Kaartproject " + tag);

        var oosterhaven = site("oosterhaven.localhost");
        assertThat(oosterhaven.get("/kaart/markers.json").body()).doesNotContain(tag);
        assertThat(oosterhaven.get("/kaart/markers.json?bbox=5.38,52.15,5.39,52.16").body()).doesNotContain(tag);
        assertThat(TenantContext.call(new TenantId("oosterhaven"), () -> markers.all(5_000)))
                .extracting(MapPlace::title).noneMatch(title -> title.contains(tag));
    }

    @Test
    void theDemoMunicipalitiesHaveInitiativesIdeasAndProjectsOnTheMap() {
        // The demo content is seeded once the demo accounts exist in Keycloak.
        awaitIdentity();
        for (String slug : List.of("voorbeeld", "oosterhaven")) {
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofMinutes(3)).untilAsserted(() ->
                    assertThat(TenantContext.call(new TenantId(slug), () -> markers.all(5_000)))
                            .extracting(MapPlace::module).as(slug).contains("initiatives", "ideas", "projects", "events"));
        }
    }

    @Test
    void coordinatesNeverLeaveWithPersonalData() {
        Authentication resident = person("voorbeeld", "Exporteur Plek", "resident");
        MapPoint exact = new MapPoint(52.161234, 5.391234);
        long id = publishedInitiative("voorbeeld", resident, "Plan met precieze plek", new ChosenPoint(exact, true));
        long phase = ideasPhase("voorbeeld");
        as("voorbeeld", resident, () -> ideas.submit(phase,
                new IdeaDraft("Idee met precieze plek", "Voor de buurt.", "Lindelaan 12", IdeaCategory.GREEN),
                new ChosenPoint(exact, true)));
        assertThat(storedInitiativePoint("voorbeeld", id)).isEqualTo(exact);

        var export = as("voorbeeld", resident, () -> myData.export());
        String json = new String(as("voorbeeld", resident, () -> myData.exportJson()), StandardCharsets.UTF_8);

        assertThat(json).contains("Plan met precieze plek", "Idee met precieze plek", "Lindelaan 12");
        assertThat(json).doesNotContain("52.16", "5.39", "latitude", "longitude", "exact_point");
        export.values().forEach(rows -> rows.forEach(row -> assertThat(row.keySet())
                .noneMatch(key -> key.contains("lat") || key.contains("lon") || key.contains("punt"))));
    }

    /** {@code count} upcoming events with a place in one municipality, titled "Lijstplek <tag> 001" and on, in order. */
    void manyPlaces(String slug, String tag, int count) {
        TenantContext.run(new TenantId(slug), () -> jdbc.sql("""
                INSERT INTO event (title, description, starts_at, ends_at, address, latitude, longitude,
                                   registration, created_at, updated_at)
                SELECT 'Lijstplek ' || ? || ' ' || lpad(g::text, 3, '0'), 'Kom langs.',
                       now() + interval '600 days' + make_interval(mins => g),
                       now() + interval '600 days' + make_interval(mins => g + 60),
                       'Lijststraat ' || g || ', Voorbeeldstad', 52.15 + g / 100000.0, 5.38, 'NONE', now(), now()
                  FROM generate_series(1, ?) g""").params(tag, count).update());
    }

    void removePlaces(String slug, String tag) {
        TenantContext.run(new TenantId(slug), () -> jdbc.sql("DELETE FROM event WHERE title LIKE ?")
                .param("Lijstplek " + tag + " %").update());
    }

    @Test
    void theListBesideTheMapComesInPagesThatTogetherNameEveryPlace() {
        String tag = Long.toString(System.nanoTime(), 36);
        manyPlaces("voorbeeld", tag, 120);
        try {
            TenantId voorbeeld = new TenantId("voorbeeld");
            MapMarkers.ListPage first = TenantContext.call(voorbeeld, () -> markers.list(tag, null, 0));
            assertThat(first.total()).isEqualTo(120);
            assertThat(first.pages()).isEqualTo(3);
            assertThat(first.page()).isZero();
            assertThat(first.pastTheEnd()).isFalse();
            assertThat(first.places()).hasSize(MapMarkers.PAGE_SIZE).first()
                    .satisfies(place -> {
                        assertThat(place.title()).isEqualTo("Lijstplek " + tag + " 001");
                        assertThat(place.address()).isEqualTo("Lijststraat 1, Voorbeeldstad");
                        assertThat(place.link()).matches("/agenda/\\d+");
                    });

            MapMarkers.ListPage last = TenantContext.call(voorbeeld, () -> markers.list(tag, null, 2));
            assertThat(last.places()).hasSize(20).last().extracting(MapPlace::title)
                    .isEqualTo("Lijstplek " + tag + " 120");
            // Page after page, every place once: nothing is only on the map.
            MapMarkers.ListPage middle = TenantContext.call(voorbeeld, () -> markers.list(tag, null, 1));
            List<String> allTitles = new java.util.ArrayList<>();
            for (MapMarkers.ListPage page : List.of(first, middle, last)) {
                page.places().forEach(place -> allTitles.add(place.title()));
            }
            assertThat(allTitles).hasSize(120).doesNotHaveDuplicates();

            // A page past the end (an old link, a list that shrank) shows the last page and says so; never an error.
            MapMarkers.ListPage beyond = TenantContext.call(voorbeeld, () -> markers.list(tag, null, 99));
            assertThat(beyond.pastTheEnd()).isTrue();
            assertThat(beyond.page()).isEqualTo(2);
            assertThat(beyond.places()).isEqualTo(last.places());
            assertThat(TenantContext.call(voorbeeld, () -> markers.list(tag, null, -1)).page()).isZero();

            // Search by address and by kind; a search that finds nothing is an empty first page.
            assertThat(TenantContext.call(voorbeeld, () -> markers.list("LIJSTSTRAAT 117,", null, 0)).places())
                    .extracting(MapPlace::title).containsExactly("Lijstplek " + tag + " 117");
            assertThat(TenantContext.call(voorbeeld, () -> markers.list(tag, "ideas", 0)).total()).isZero();
            assertThat(TenantContext.call(voorbeeld, () -> markers.list(tag, "events", 0)).total()).isEqualTo(120);
            MapMarkers.ListPage none = TenantContext.call(voorbeeld, () -> markers.list("nergens-" + tag, null, 3));
            assertThat(none.total()).isZero();
            assertThat(none.places()).isEmpty();
            assertThat(none.page()).isZero();
            assertThat(none.pages()).isEqualTo(1);
            assertThat(TenantContext.call(voorbeeld, () -> markers.list(null, null, 0)).total()).isGreaterThanOrEqualTo(120);

            // Another municipality's list never holds them, searched or not.
            TenantId oosterhaven = new TenantId("oosterhaven");
            assertThat(TenantContext.call(oosterhaven, () -> markers.list(tag, null, 0)).total()).isZero();
            MapMarkers.ListPage theirs = TenantContext.call(oosterhaven, () -> markers.list(null, null, 0));
            for (int page = 0; page < theirs.pages(); page++) {
                int shown = page;
                assertThat(TenantContext.call(oosterhaven, () -> markers.list(null, null, shown)).places())
                        .extracting(MapPlace::title).noneMatch(title -> title.contains(tag));
            }
            // The page as sent: one page of the list, with the count; the other municipality's page has none of it.
            String page = site("voorbeeld.localhost").get("/kaart?zoek=" + tag + "&pagina=3").body();
            assertThat(page).contains("120 plekken, pagina 3 van 3", "Lijstplek " + tag + " 120", "Lijststraat 101")
                    .doesNotContain("Lijstplek " + tag + " 100");
            assertThat(site("oosterhaven.localhost").get("/kaart?zoek=" + tag).body()).contains("Geen plekken gevonden")
                    .doesNotContain("Lijstplek");
        } finally {
            removePlaces("voorbeeld", tag);
        }
    }

    MapPoint storedIdeaPoint(String slug, long id) {
        return TenantContext.call(new TenantId(slug), () -> jdbc.sql(
                        "SELECT latitude, longitude FROM idea WHERE id = ? AND latitude IS NOT NULL").param(id)
                .query((rs, row) -> new MapPoint(rs.getDouble(1), rs.getDouble(2))).optional().orElse(null));
    }

    @Test
    void anIdeasOwnerMovesItsPointUntilItIsJudgedAndNobodyElseCan() {
        Authentication owner = person("voorbeeld", "Verplaatser", "resident");
        long phase = ideasPhase("voorbeeld");
        long idea = as("voorbeeld", owner, () -> ideas.submit(phase,
                new IdeaDraft("Bankje bij de vijver", "Om even te zitten.", "Parkweg", IdeaCategory.GREEN),
                new ChosenPoint(new MapPoint(52.1601, 5.3901), false)));
        assertThat(storedIdeaPoint("voorbeeld", idea)).isEqualTo(new MapPoint(52.16, 5.39));

        // Moved, and kept at street level as a new point is, with the words that say where.
        as("voorbeeld", owner, () -> {
            ideas.movePoint(idea, "Lindelaan", new ChosenPoint(FRONT_DOOR, false));
            return null;
        });
        assertThat(storedIdeaPoint("voorbeeld", idea)).isEqualTo(STREET);
        assertThat(as("voorbeeld", owner, () -> ideas.view(idea)).place()).isEqualTo("Lindelaan");

        // Someone else, a point without words, or the same id from another municipality: refused, nothing changes.
        Authentication neighbour = person("voorbeeld", "Buurman", "resident");
        assertThatThrownBy(() -> as("voorbeeld", neighbour, () -> {
            ideas.movePoint(idea, "Elders", new ChosenPoint(new MapPoint(52.2, 5.4), true));
            return null;
        })).isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThatThrownBy(() -> as("voorbeeld", owner, () -> {
            ideas.movePoint(idea, "  ", new ChosenPoint(new MapPoint(52.2, 5.4), true));
            return null;
        })).isInstanceOfSatisfying(nl.rugzak.platform.participation.ideas.InvalidIdeaException.class, e -> assertThat(
                e.problemsIn(nl.rugzak.tenantadmin.text.Texts.DUTCH)).containsEntry("place",
                "Schrijf ook in woorden waar het is, bijvoorbeeld de straat."));
        Authentication stranger = person("oosterhaven", "Verplaatser", "resident");
        assertThatThrownBy(() -> as("oosterhaven", stranger, () -> {
            ideas.movePoint(idea, "Elders", new ChosenPoint(new MapPoint(53.2, 5.8), true));
            return null;
        })).isInstanceOfAny(nl.rugzak.platform.content.NotFoundException.class,
                org.springframework.security.access.AccessDeniedException.class);
        assertThat(storedIdeaPoint("voorbeeld", idea)).isEqualTo(STREET);

        // Off the map again: the words stay, the point goes.
        as("voorbeeld", owner, () -> {
            ideas.movePoint(idea, "Ergens in het park", null);
            return null;
        });
        assertThat(storedIdeaPoint("voorbeeld", idea)).isNull();

        // Once the municipality has judged it, the place is what was judged.
        as("voorbeeld", person("voorbeeld", "Redacteur", "editor"), () -> {
            ideas.judge(idea, nl.rugzak.platform.participation.ideas.IdeaStatus.SELECTED, "Past in het ontwerp.", null);
            return null;
        });
        assertThatThrownBy(() -> as("voorbeeld", owner, () -> {
            ideas.movePoint(idea, "Lindelaan", new ChosenPoint(FRONT_DOOR, false));
            return null;
        })).isInstanceOf(nl.rugzak.platform.participation.ideas.InvalidIdeaException.class);
        assertThat(storedIdeaPoint("voorbeeld", idea)).isNull();
    }
}
