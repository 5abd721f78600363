package nl.rugzak.platform.participation.initiatives.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.dom.Element;
import nl.rugzak.platform.participation.initiatives.InitiativeDraft;
import nl.rugzak.platform.participation.initiatives.InitiativeStatus;
import nl.rugzak.platform.participation.initiatives.Initiatives;
import nl.rugzak.platform.support.IntegrationTest;
import nl.rugzak.platform.support.DemoUsers;
import nl.rugzak.platform.support.SiteUi;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import nl.rugzak.tenantadmin.tenancy.TenantId;
import nl.rugzak.tenantadmin.text.Texts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The initiative pages driven as a resident, an editor and a moderator would, without a browser. */
class InitiativeJourneysIT extends IntegrationTest {

    @Autowired
    ApplicationContext application;
    @Autowired
    nl.rugzak.platform.support.MovableClock clock;
    @Autowired
    Initiatives initiatives;
    @Autowired
    nl.rugzak.platform.participation.initiatives.InitiativeCategories categories;
    @Autowired
    JdbcClient jdbc;

    SiteUi site;
    @Autowired
    DemoUsers users;

    @BeforeEach
    void identity() {
        awaitIdentity();
        clock.advance(java.time.Duration.ofDays(1)); // fresh posting allowances for the residents these tests use
        site = new SiteUi(application);
        users.ensureResident("voorbeeld", "wandelaar");
        users.ensureResident("voorbeeld", "helper");
    }

    @Test
    void aResidentStartsAnInitiativeOthersSupportItStaffRespondAndModerate() {
        AtomicLong id = new AtomicLong();
        site.visit("voorbeeld", "wandelaar", () -> {
            UI.getCurrent().navigate("initiatieven/nieuw");
            InitiativeFormView form = _get(InitiativeFormView.class);
            _setValue(form.title, "Picknicktafels aan het water");
            _setValue(form.summary, "Tafels waar buren samen kunnen eten.");
            _setValue(form.description, "We zoeken **drie** tafels.");
            _setValue(form.place, "Havenkade");
            _click(form.save);

            InitiativeView page = _get(InitiativeView.class);
            assertThat(page.detail.status()).isEqualTo(InitiativeStatus.DRAFT);
            id.set(page.detail.id());
            _click(_get(Button.class, spec -> spec.withText("Indienen")));
            assertThat(_get(InitiativeView.class).detail.status()).isEqualTo(InitiativeStatus.PUBLISHED);
        });

        site.visit("voorbeeld", null, () -> {
            UI.getCurrent().navigate("initiatieven", com.vaadin.flow.router.QueryParameters.of("zoek", "picknicktafels"));
            assertThat(_get(InitiativeListView.class).results.getChildren().count()).isEqualTo(1);
            UI.getCurrent().navigate("initiatieven/" + id.get());
            assertThat(_find(Button.class, spec -> spec.withText("Steun dit initiatief"))).isEmpty();
        });

        site.visit("voorbeeld", "helper", () -> {
            UI.getCurrent().navigate("initiatieven/" + id.get());
            _click(_get(Button.class, spec -> spec.withText("Steun dit initiatief")));
            InitiativeView page = _get(InitiativeView.class);
            assertThat(page.detail.supporters()).isEqualTo(1);
            assertThat(page.feedback.getText()).isEqualTo("Bedankt voor uw steun!");
            _setValue(_get(TextArea.class, spec -> spec.withLabel("Hulp aanbieden (alleen de indiener en de gemeente lezen dit)")),
                    "Ik heb een aanhanger om tafels te vervoeren.");
            _click(_get(Button.class, spec -> spec.withText("Hulp aanbieden")));
            assertThat(_get(InitiativeView.class).feedback.getText()).contains("verstuurd");
        });

        site.visit("voorbeeld", "redacteur", () -> {
            UI.getCurrent().navigate("initiatieven/" + id.get());
            @SuppressWarnings("unchecked")
            Select<InitiativeStatus> next = _get(Select.class, spec -> spec.withLabel("Nieuwe status"));
            _setValue(next, InitiativeStatus.IN_CONVERSATION);
            _click(_get(Button.class, spec -> spec.withText("Status wijzigen")));
            assertThat(_get(InitiativeView.class).feedback.getText()).contains("waarom");
            assertThat(_get(InitiativeView.class).detail.status()).isEqualTo(InitiativeStatus.PUBLISHED);

            _setValue(_get(TextArea.class, spec -> spec.withLabel("Reden (de indiener leest dit)")), "We komen langs.");
            _click(_get(Button.class, spec -> spec.withText("Status wijzigen")));
            assertThat(_get(InitiativeView.class).detail.status()).isEqualTo(InitiativeStatus.IN_CONVERSATION);
            _setValue(_get(TextArea.class, spec -> spec.withLabel("Reactie van de gemeente")), "Mooi plan, we helpen mee.");
            _click(_get(Button.class, spec -> spec.withText("Reactie plaatsen")));
            assertThat(_get(InitiativeView.class).detail.responses()).hasSize(1);
        });

        site.visit("voorbeeld", "wandelaar", () -> {
            UI.getCurrent().navigate("initiatieven/" + id.get());
            InitiativeView page = _get(InitiativeView.class);
            assertThat(page.detail.statusReason()).isEqualTo("We komen langs.");
            assertThat(textOf(page.getElement())).contains("Ik heb een aanhanger om tafels te vervoeren.");
        });

        site.visit("voorbeeld", "moderator", () -> {
            UI.getCurrent().navigate("initiatieven/" + id.get());
            _setValue(_get(TextArea.class, spec -> spec.withLabel("Reden (de indiener leest dit)")), "Bevat een telefoonnummer.");
            _click(_get(Button.class, spec -> spec.withText("Verbergen")));
            assertThat(_get(InitiativeView.class).detail.hidden()).isTrue();
        });

        site.visit("voorbeeld", "helper", () -> assertThatThrownBy(() -> UI.getCurrent().navigate("initiatieven/" + id.get()))
                .isInstanceOf(com.github.mvysny.kaributesting.v10.NotFoundError.class));
    }

    @Test
    void anEnglishSpeakingVisitorReadsEveryInitiativeAndTopicPageInEnglish() {
        long id = users.as("voorbeeld", "wandelaar", () -> {
            long created = initiatives.create(new InitiativeDraft("Zitplekken langs de dijk", "Rust voor wandelaars.", "",
                    "Dijkweg", null, "Iemand met een boormachine", false));
            initiatives.submit(created);
            return created;
        });
        site.visit("voorbeeld", "wandelaar", () -> {
            UI.getCurrent().setLocale(Texts.ENGLISH);
            UI.getCurrent().navigate("initiatieven/" + id);
            String page = textOf(_get(InitiativeView.class).getElement());
            assertThat(page).contains("Status: Published", "Neighbourhood or place: Dijkweg", "Take part", "Help wanted",
                    "0 residents support this initiative", "Your initiative", "Nobody has offered help yet.");
            assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Zitplekken langs de dijk");
            assertNoKeyMarkers(page);

            UI.getCurrent().navigate("initiatieven/" + id + "/bewerken");
            InitiativeFormView form = _get(InitiativeFormView.class);
            assertThat(form.title.getLabel()).isEqualTo("Title");
            _setValue(form.title, "Bank");
            _click(form.save);
            assertThat(form.title.getErrorMessage()).isEqualTo("The title must have at least 5 characters.");
            assertThat(form.feedback.getText()).startsWith("Not saved. The title must");
            assertNoKeyMarkers(textOf(form.getElement()));

            UI.getCurrent().navigate("initiatieven/mijn");
            assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("My initiatives");
            assertNoKeyMarkers(textOf(_get(MyInitiativesView.class).getElement()));
        });
        site.visit("voorbeeld", "redacteur", () -> {
            UI.getCurrent().setLocale(Texts.ENGLISH);
            UI.getCurrent().navigate("initiatieven/" + id);
            @SuppressWarnings("unchecked")
            Select<InitiativeStatus> next = _get(Select.class, spec -> spec.withLabel("New status"));
            assertThat(next.getItemLabelGenerator().apply(InitiativeStatus.IN_CONVERSATION))
                    .isEqualTo("In talks with the municipality");
            _setValue(next, InitiativeStatus.IN_CONVERSATION);
            _click(_get(Button.class, spec -> spec.withText("Change status")));
            InitiativeView page = _get(InitiativeView.class);
            assertThat(page.feedback.getText()).contains("Tell the initiator why the status is changing.");
            assertThat(textOf(page.getElement())).contains("For the municipality", "History");
            assertNoKeyMarkers(textOf(page.getElement()));

            UI.getCurrent().navigate("initiatieven", com.vaadin.flow.router.QueryParameters.of("zoek", "zitplekken"));
            InitiativeListView list = _get(InitiativeListView.class);
            assertThat(list.count.getText()).isEqualTo("1 initiative");
            assertThat(textOf(list.getElement())).contains("Resident initiatives", "Published · Dijkweg · 0 supporters");
            assertNoKeyMarkers(textOf(list.getElement()));

            UI.getCurrent().navigate("beheer/themas");
            assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Manage policy topics");
            assertThat(textOf(_get(nl.rugzak.platform.participation.topics.ui.TopicAdminView.class).getElement())).contains("New topic");
            UI.getCurrent().navigate("themas");
            String topics = textOf(_get(nl.rugzak.platform.participation.topics.ui.TopicListView.class).getElement());
            assertThat(topics).contains("Policy topics", "what the municipality is working on");
            assertNoKeyMarkers(topics);
        });
    }

    private static void assertNoKeyMarkers(String text) {
        assertThat(text).doesNotContainPattern("!(initiatives|topics)\\.[a-z0-9.-]+!");
    }

    @Test
    void markupInEveryFieldIsShownAsTextAndMarkdownIsSanitised() {
        String script = "<script>alert('xss')</script>";
        String image = "<img src=x onerror=alert(1)>";
        String categoryName = "Cat " + System.nanoTime() % 100000 + " <svg onload=alert(1)>";
        long category = users.as("voorbeeld", "redacteur", () -> categories.add(categoryName).id());
        long id = users.as("voorbeeld", "wandelaar", () -> {
            long created = initiatives.create(new InitiativeDraft("Titel " + script, "Samenvatting " + image,
                    "Beschrijving " + script + "\n\n[klik](javascript:alert(1)) <iframe src=x></iframe> **vet**",
                    "Plek " + image, category, "Hulp " + script, false));
            initiatives.submit(created);
            return created;
        });
        // A display name is the resident's own text too (from their realm profile).
        TenantContext.run(new TenantId("voorbeeld"), () -> jdbc.sql("""
                UPDATE resident SET display_name = ? WHERE id = (SELECT owner_id FROM initiative WHERE id = ?)""")
                .params("Naam " + image, id).update());
        try {
            site.visit("voorbeeld", "helper", () -> {
                UI.getCurrent().navigate("initiatieven/" + id);
                InitiativeView page = _get(InitiativeView.class);
                assertThat(_get(page, H1.class).getText()).isEqualTo("Titel " + script);
                assertThat(textOf(page.getElement())).contains("Naam " + image, "Plek " + image, "Hulp " + script,
                        categoryName);
                List<String> html = innerHtml(page.getElement());
                assertThat(html).isNotEmpty().allSatisfy(markup -> assertThat(markup.toLowerCase())
                        .doesNotContain("<script", "onerror", "javascript:", "<iframe", "<img"));
                assertThat(String.join("", html)).contains("<strong>vet</strong>");
            });
            site.visit("voorbeeld", null, () -> {
                UI.getCurrent().navigate("initiatieven", com.vaadin.flow.router.QueryParameters.of("zoek", "titel"));
                assertThat(innerHtml(_get(InitiativeListView.class).getElement())).isEmpty();
                assertThat(textOf(_get(InitiativeListView.class).getElement())).contains("Titel " + script, categoryName);
            });
        } finally {
            TenantContext.run(new TenantId("voorbeeld"), () -> jdbc.sql(
                    "UPDATE resident SET display_name = 'Test Wandelaar' WHERE id = (SELECT owner_id FROM initiative WHERE id = ?)")
                    .param(id).update());
        }
    }

    /** Every text node under the element: what a screen reader would read, markup kept as text. */
    static String textOf(Element element) {
        return element.getTextRecursively();
    }

    /** Every piece of markup the page hands to the browser as HTML. */
    static List<String> innerHtml(Element element) {
        List<String> found = new ArrayList<>();
        collect(element, found);
        return found;
    }

    private static void collect(Element element, List<String> found) {
        if (element.hasProperty("innerHTML")) {
            found.add(element.getProperty("innerHTML"));
        }
        Stream.concat(element.getChildren(), Stream.empty()).forEach(child -> collect(child, found));
    }
}
