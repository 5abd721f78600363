package nl.rugzak.platform.participation.events.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import com.github.mvysny.kaributesting.v10.MockVaadin;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import nl.rugzak.platform.participation.events.EventDraft;
import nl.rugzak.platform.participation.events.Events;
import nl.rugzak.platform.participation.events.RegistrationMode;
import nl.rugzak.platform.support.BrowserlessUi;
import nl.rugzak.platform.support.DemoUsers;
import nl.rugzak.platform.support.IntegrationTest;
import nl.rugzak.platform.support.MovableClock;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import nl.rugzak.tenantadmin.tenancy.TenantId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/** The agenda, an event's page, the map page's list and the staff form, as residents and staff see them. */
class EventPagesIT extends IntegrationTest {

    @Autowired
    ApplicationContext application;
    @Autowired
    Events events;
    @Autowired
    DemoUsers users;
    @Autowired
    MovableClock clock;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SecurityContextHolderStrategy security;

    /** A made-up person of the municipality, logged in as an OIDC login makes them (Keycloak need not be up). */
    Authentication person(String name, String... roles) {
        return users.authentication(new DemoUsers.Account("voorbeeld", name, "test-" + UUID.randomUUID(), name,
                name + "@example.org", List.of(roles)), name);
    }

    /** Like {@code SiteUi.visit}, for a made-up person; null is an anonymous visitor. */
    void visit(Authentication login, Runnable steps) {
        var previous = security.getContext();
        var previousStatic = SecurityContextHolder.getContext();
        TenantContext.run(new TenantId("voorbeeld"), () -> {
            var context = security.createEmptyContext();
            context.setAuthentication(login);
            security.setContext(context);
            SecurityContextHolder.setContext(context);
            BrowserlessUi.open(application, login);
            try {
                steps.run();
            } finally {
                MockVaadin.tearDown();
                security.setContext(previous);
                SecurityContextHolder.setContext(previousStatic);
            }
        });
    }

    long event(String title, String link) {
        LocalDateTime start = LocalDateTime.now(clock).plusDays(420).withHour(19).withMinute(30);
        Authentication editor = person("Redacteur", "editor");
        var previous = security.getContext();
        var context = security.createEmptyContext();
        context.setAuthentication(editor);
        security.setContext(context);
        try {
            return TenantContext.call(new TenantId("voorbeeld"), () -> events.create(new EventDraft(title, "Over **de buurt**.", start,
                start.plusHours(2), "Dorpsstraat 3, Voorbeeldstad", 52.1571, 5.3869, link, true, true, "Nederlands",
                "Ingang aan de achterkant.", null, RegistrationMode.WAITING_LIST, 40)));
        } finally {
            security.setContext(previous);
        }
    }

    @Test
    void aResidentRegistersAndOnlyThenSeesTheOnlineLinkAndCancelsAgain() {
        String link = "https://meet.example.org/" + UUID.randomUUID();
        long id = event("Buurtgesprek met link", link);

        visit(null, () -> {
            UI.getCurrent().navigate("agenda/" + id);
            String text = BrowserlessUi.text(_get(EventView.class));
            assertThat(text).contains("Buurtgesprek met link", "Dorpsstraat 3, Voorbeeldstad", "Toegankelijk met een rolstoel.",
                    "Er is een ringleiding.", "Ingang aan de achterkant.", "Log in om u aan te melden", "Zet in agenda")
                    .doesNotContain(link);
        });
        visit(person("Deelnemer", "resident"), () -> {
            UI.getCurrent().navigate("agenda/" + id);
            assertThat(BrowserlessUi.text(_get(EventView.class))).doesNotContain(link)
                    .contains("U krijgt de link als u bent aangemeld.");
            _click(_get(Button.class, spec -> spec.withText("Aanmelden")));
            String registered = BrowserlessUi.text(_get(EventView.class));
            assertThat(registered).contains("U bent aangemeld.", link, "Plaatsen vrij: 39 van 40");

            _click(_get(Button.class, spec -> spec.withText("Afmelden")));
            assertThat(BrowserlessUi.text(_get(EventView.class))).contains("U bent afgemeld.").doesNotContain(link);
        });
    }

    @Test
    void theAgendaAndTheMapListShowTheEventWithItsBadgeAndAddress() {
        long id = event("Avond voor de lijst", "https://meet.example.org/" + UUID.randomUUID());

        visit(null, () -> {
            UI.getCurrent().navigate("agenda");
            String agenda = BrowserlessUi.text(_get(AgendaView.class));
            assertThat(agenda).contains("Binnenkort", "Avond voor de lijst", "Geweest");
            UI.getCurrent().navigate("kaart");
            MapView map = _get(MapView.class);
            // Other tests add events to this municipality; the list's own search finds this one by its name.
            map.listSearch.setValue("Avond voor de lijst");
            _click(_get(Button.class, spec -> spec.withText("Toon in de lijst")));
            assertThat(_get(MapView.class)).isSameAs(map);
            assertThat(map.count.getText()).matches("\\d+ plek(ken)?");
            assertThat(BrowserlessUi.text(map.places)).contains("Avond voor de lijst", "Dorpsstraat 3, Voorbeeldstad");
            assertThat(map.map.getElement().getAttribute("data-tiles")).startsWith("http://127.0.0.1:9/");
            assertThat(BrowserlessUi.text(map)).doesNotContain("meet.example.org");
        });
        assertThat(id).isPositive();
    }

    @Test
    void theStaffFormNamesEveryProblemAndStoresNothing() {
        long before = TenantContext.call(new TenantId("voorbeeld"), () -> jdbc.sql("SELECT count(*) FROM event").query(Long.class).single());
        visit(person("Redacteur", "editor"), () -> {
            UI.getCurrent().navigate("beheer/agenda/nieuw");
            EventFormView form = _get(EventFormView.class);
            form.title.setValue("Ok");
            form.onlineUrl.setValue("geen link");
            _click(_get(Button.class, spec -> spec.withText("Opslaan")));

            assertThat(form.title.isInvalid()).isTrue();
            assertThat(form.title.getErrorMessage()).isEqualTo("De titel moet minstens 3 tekens hebben (nu 2).");
            assertThat(form.start.isInvalid()).isTrue();
            assertThat(form.onlineUrl.getErrorMessage()).isEqualTo("Vul een volledige link in die begint met https://.");
            assertThat(_get(TextField.class, spec -> spec.withLabel("Titel")).isInvalid()).isTrue();
        });
        long after = TenantContext.call(new TenantId("voorbeeld"), () -> jdbc.sql("SELECT count(*) FROM event").query(Long.class).single());
        assertThat(after).isEqualTo(before);
    }

    @Test
    void theMapsListComesInPagesWithPlainLinksAndSaysWhereYouAre() {
        String tag = Long.toString(System.nanoTime(), 36);
        TenantContext.run(new TenantId("voorbeeld"), () -> jdbc.sql("""
                INSERT INTO event (title, description, starts_at, ends_at, address, latitude, longitude,
                                   registration, created_at, updated_at)
                SELECT 'Paginaplek ' || ? || ' ' || lpad(g::text, 4, '0'), 'Kom langs.',
                       now() + interval '700 days' + make_interval(mins => g),
                       now() + interval '700 days' + make_interval(mins => g + 60),
                       'Paginastraat ' || g || ', Voorbeeldstad', 52.15, 5.38, 'NONE', now(), now()
                  FROM generate_series(1, 1234) g""").param(tag).update());
        try {
            visit(null, () -> {
                UI.getCurrent().navigate("kaart", QueryParameters.of("zoek", tag));
                MapView map = _get(MapView.class);
                assertThat(map.count.getText()).isEqualTo("1.234 plekken, pagina 1 van 25");
                assertThat(map.count.getElement().getAttribute("role")).isEqualTo("status");
                assertThat(map.places.getChildren().count()).isEqualTo(50);
                assertThat(BrowserlessUi.text(map.places)).contains("Paginaplek " + tag + " 0001", "Paginastraat 50, Voorbeeldstad")
                        .doesNotContain("Paginaplek " + tag + " 0051");
                assertThat(links(map)).containsExactly("Volgende pagina -> 2", "Laatste pagina -> 25");
                assertThat(map.note.isVisible()).isFalse();
                // The skip link jumps within this very page (the base is the site's root, so "#plekken" alone would not).
                assertThat(map.skip.getHref()).startsWith("kaart?").endsWith("#plekken").contains("zoek=" + tag);

                // Following a page link keeps the view (and the map) and changes only the list.
                UI.getCurrent().navigate("kaart", QueryParameters.simple(java.util.Map.of("zoek", tag, "pagina", "25")));
                assertThat(_get(MapView.class)).isSameAs(map);
                assertThat(map.count.getText()).isEqualTo("1.234 plekken, pagina 25 van 25");
                assertThat(map.places.getChildren().count()).isEqualTo(34);
                assertThat(BrowserlessUi.text(map.places)).contains("Paginaplek " + tag + " 1234");
                assertThat(links(map)).containsExactly("Eerste pagina -> 1", "Vorige pagina -> 24");
                assertThat(map.listHeading.getElement().getAttribute("tabindex")).isEqualTo("-1");

                // Past the end: the last page, and a sentence that says so. Nonsense is the first page.
                UI.getCurrent().navigate("kaart", QueryParameters.simple(java.util.Map.of("zoek", tag, "pagina", "4000")));
                assertThat(map.note.isVisible()).isTrue();
                assertThat(map.note.getText()).isEqualTo("Pagina 4.000 bestaat niet. U ziet nu de laatste pagina.");
                assertThat(map.count.getText()).isEqualTo("1.234 plekken, pagina 25 van 25");
                UI.getCurrent().navigate("kaart", QueryParameters.simple(java.util.Map.of("zoek", tag, "pagina", "twee")));
                assertThat(map.count.getText()).isEqualTo("1.234 plekken, pagina 1 van 25");
                assertThat(map.note.isVisible()).isFalse();

                // A kind with none of them: a clear empty list, no paging.
                UI.getCurrent().navigate("kaart", QueryParameters.simple(java.util.Map.of("zoek", tag, "soort", "ideas")));
                assertThat(BrowserlessUi.text(map)).contains("Geen plekken gevonden.");
                assertThat(map.places.isVisible()).isFalse();
                assertThat(map.paging.isVisible()).isFalse();
                assertThat(map.count.getText()).isEqualTo("0 plekken");
            });
        } finally {
            TenantContext.run(new TenantId("voorbeeld"), () -> jdbc.sql("DELETE FROM event WHERE title LIKE ?")
                    .param("Paginaplek " + tag + " %").update());
        }
    }

    /** The paging links as "text -> page number", after checking each is a plain link that keeps the search. */
    private static List<String> links(MapView map) {
        return map.paging.getChildren().map(link -> ((com.vaadin.flow.component.html.Anchor) link)).map(link -> {
            QueryParameters query = QueryParameters.fromString(link.getHref().substring(link.getHref().indexOf('?') + 1));
            assertThat(link.getHref()).startsWith("kaart?");
            assertThat(query.getParameters()).containsKey("zoek");
            return link.getText() + " -> " + query.getParameters().get("pagina").getFirst();
        }).toList();
    }
}
