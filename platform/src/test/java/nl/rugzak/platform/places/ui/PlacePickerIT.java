package nl.rugzak.platform.places.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import nl.rugzak.platform.places.AddressSearch;
import nl.rugzak.platform.places.MapPoint;
import nl.rugzak.platform.support.BrowserlessUi;
import nl.rugzak.platform.support.DemoUsers;
import nl.rugzak.platform.support.IntegrationTest;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import nl.rugzak.tenantadmin.tenancy.TenantId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * A resident picks a place while starting an initiative (browserless UI with the real application behind it): the
 * point is kept at street level unless they tick the box, a found address loses its house number with it, and the
 * initiative's page says the place in words beside its small map.
 */
class PlacePickerIT extends IntegrationTest {

    static final MapPoint FRONT_DOOR = new MapPoint(52.156123, 5.387849);

    @Autowired
    ApplicationContext application;
    @Autowired
    DemoUsers users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SecurityContextHolderStrategy security;

    Authentication resident(String slug, String name) {
        return users.authentication(new DemoUsers.Account(slug, name, "test-" + UUID.randomUUID(), name,
                name + "@example.org", List.of("resident")), name);
    }

    void visit(String slug, Authentication who, Runnable steps) {
        var previous = security.getContext();
        var previousStatic = SecurityContextHolder.getContext();
        TenantContext.run(new TenantId(slug), () -> {
            var context = security.createEmptyContext();
            context.setAuthentication(who);
            security.setContext(context);
            SecurityContextHolder.setContext(context);
            BrowserlessUi.open(application, who);
            try {
                steps.run();
            } finally {
                MockVaadin.tearDown();
                security.setContext(previous);
                SecurityContextHolder.setContext(previousStatic);
            }
        });
    }

    String stored(String title) {
        return TenantContext.call(new TenantId("voorbeeld"), () -> jdbc.sql(
                        "SELECT latitude || ',' || longitude || ',' || exact_point || ',' || place FROM initiative WHERE title = ?")
                .param(title).query(String.class).single());
    }

    void startInitiative(String title, String place) {
        UI.getCurrent().navigate("initiatieven/nieuw");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Titel")), title);
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Korte samenvatting (een of twee zinnen)")), "Kort gezegd.");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Buurt of plek")), place);
    }

    @Test
    void aPointPickedOnTheMapIsKeptAtStreetLevelAndThePageSaysWhereInWords() {
        String title = "Bloembakken " + Long.toString(System.nanoTime(), 36);
        visit("voorbeeld", resident("voorbeeld", "Kiezer Kaart"), () -> {
            startInitiative(title, "Lindelaan");
            PlacePicker picker = _get(PlacePicker.class);
            picker.pickedOnMap(FRONT_DOOR);
            assertThat(picker.chosen.getText()).isEqualTo(
                    "Plek op de kaart gekozen: Lindelaan. We bewaren deze plek op straatniveau.");
            _click(_get(Button.class, spec -> spec.withText("Opslaan")));

            // The owner's page: the place in words, then the small map with the same words.
            PlaceMap map = _get(PlaceMap.class);
            assertThat(map.getElement().getOuterHTML()).contains("Waar", "Lindelaan", "data-point=\"52.156,5.388\"");
        });
        assertThat(stored(title)).isEqualTo("52.156,5.388,false,Lindelaan");
    }

    @Test
    void aTickedBoxKeepsTheExactPointAndAFoundAddressItsHouseNumber() {
        String rounded = "Stoepkrijt " + Long.toString(System.nanoTime(), 36);
        String exact = "Geveltuin " + Long.toString(System.nanoTime(), 36);
        AddressSearch.Found found = new AddressSearch.Found("Lindelaan 12, 3811AB Voorbeeldstad", "Lindelaan, Voorbeeldstad",
                FRONT_DOOR);
        visit("voorbeeld", resident("voorbeeld", "Kiezer Adres"), () -> {
            startInitiative(rounded, "");
            _get(PlacePicker.class).use(found);
            assertThat(_get(TextField.class, spec -> spec.withLabel("Buurt of plek")).getValue())
                    .isEqualTo("Lindelaan, Voorbeeldstad");
            _click(_get(Button.class, spec -> spec.withText("Opslaan")));

            startInitiative(exact, "");
            PlacePicker picker = _get(PlacePicker.class);
            picker.use(found);
            _setValue(picker.exact, true);
            assertThat(_get(TextField.class, spec -> spec.withLabel("Buurt of plek")).getValue())
                    .isEqualTo("Lindelaan 12, 3811AB Voorbeeldstad");
            _click(_get(Button.class, spec -> spec.withText("Opslaan")));
        });
        assertThat(stored(rounded)).isEqualTo("52.156,5.388,false,Lindelaan, Voorbeeldstad");
        assertThat(stored(exact)).isEqualTo("52.156123,5.387849,true,Lindelaan 12, 3811AB Voorbeeldstad");
    }

    @Test
    void aPointWithoutWordsIsNamedAtThePlaceFieldAndNothingIsSaved() {
        String title = "Zonder woorden " + Long.toString(System.nanoTime(), 36);
        visit("voorbeeld", resident("voorbeeld", "Kiezer Leeg"), () -> {
            startInitiative(title, "");
            _get(PlacePicker.class).pickedOnMap(FRONT_DOOR);
            _click(_get(Button.class, spec -> spec.withText("Opslaan")));
            TextField place = _get(TextField.class, spec -> spec.withLabel("Buurt of plek"));
            assertThat(place.isInvalid()).isTrue();
            assertThat(place.getErrorMessage()).isEqualTo("Schrijf ook in woorden waar het is, bijvoorbeeld de straat.");
        });
        assertThat(TenantContext.call(new TenantId("voorbeeld"), () -> jdbc.sql(
                "SELECT count(*) FROM initiative WHERE title = ?").param(title).query(Long.class).single())).isZero();
    }

    @Autowired
    nl.rugzak.platform.participation.projects.Projects projects;
    @Autowired
    nl.rugzak.platform.participation.ideas.Ideas ideas;
    @Autowired
    java.time.Clock clock;

    <T> T as(Authentication who, java.util.function.Supplier<T> work) {
        var previous = security.getContext();
        var context = security.createEmptyContext();
        context.setAuthentication(who);
        security.setContext(context);
        try {
            return TenantContext.call(new TenantId("voorbeeld"), work::get);
        } finally {
            security.setContext(previous);
        }
    }

    @Test
    void anIdeasOwnerMovesItsPointOnItsPageAndOthersSeeNoWayTo() {
        Authentication editor = users.authentication(new DemoUsers.Account("voorbeeld", "Redacteur",
                "test-" + UUID.randomUUID(), "Redacteur", "redacteur-kaart@example.org", List.of("editor")), "Redacteur");
        long[] project = new long[1];
        long phase = as(editor, () -> {
            java.time.LocalDate today = java.time.LocalDate.now(clock);
            project[0] = projects.create(new nl.rugzak.platform.participation.projects.ProjectDraft(
                    "Parkplan " + System.nanoTime(), "Samenvatting", "", "", "", List.of()));
            long created = projects.addPhase(project[0], new nl.rugzak.platform.participation.projects.PhaseDraft(
                    "Ideeën", today, today.plusDays(4), "Deel uw idee", false));
            projects.publish(project[0]);
            ideas.collectIn(created, null, null);
            return created;
        });
        Authentication owner = resident("voorbeeld", "Eigenaar Plek");
        long idea = as(owner, () -> ideas.submit(phase, new nl.rugzak.platform.participation.ideas.IdeaDraft(
                "Speeltoestel bij de zandbak", "Voor de kleintjes.", "Parkweg",
                nl.rugzak.platform.participation.ideas.IdeaCategory.GREEN),
                new nl.rugzak.platform.places.ChosenPoint(new MapPoint(52.1601, 5.3901), false)));
        String page = "projecten/" + project[0] + "/ideeen/" + idea;

        visit("voorbeeld", owner, () -> {
            UI.getCurrent().navigate(page);
            TextField place = _get(TextField.class, spec -> spec.withLabel("Plek (niet verplicht)"));
            assertThat(place.getValue()).isEqualTo("Parkweg");
            _setValue(place, "Lindelaan");
            _get(PlacePicker.class).pickedOnMap(FRONT_DOOR);
            _click(_get(Button.class, spec -> spec.withText("Plek opslaan")));
            assertThat(BrowserlessUi.text(_get(nl.rugzak.platform.participation.ideas.ui.IdeaView.class)))
                    .contains("De plek is opgeslagen.", "Lindelaan");
            assertThat(_get(PlaceMap.class).getElement().getOuterHTML()).contains("data-point=\"52.156,5.388\"");
        });
        assertThat(TenantContext.call(new TenantId("voorbeeld"), () -> jdbc.sql(
                        "SELECT latitude || ',' || longitude || ',' || exact_point || ',' || place FROM idea WHERE id = ?")
                .param(idea).query(String.class).single())).isEqualTo("52.156,5.388,false,Lindelaan");

        visit("voorbeeld", resident("voorbeeld", "Buurvrouw Plek"), () -> {
            UI.getCurrent().navigate(page);
            assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(Button.class,
                    spec -> spec.withText("Plek opslaan"))).isEmpty();
            assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(PlacePicker.class)).isEmpty();
        });
    }
}
