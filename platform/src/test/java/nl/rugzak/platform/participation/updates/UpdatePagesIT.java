package nl.rugzak.platform.participation.updates;

import nl.rugzak.platform.participation.updates.ui.UpdateListView;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import nl.rugzak.platform.content.ui.MarkdownText;
import nl.rugzak.platform.participation.initiatives.InitiativeDraft;
import nl.rugzak.platform.participation.initiatives.Initiatives;
import nl.rugzak.platform.support.IntegrationTest;
import nl.rugzak.platform.support.MovableClock;
import nl.rugzak.platform.support.DemoUsers;
import nl.rugzak.platform.support.SiteUi;
import nl.rugzak.platform.participation.topics.PolicyTopics;
import nl.rugzak.platform.participation.topics.TopicDraft;
import nl.rugzak.platform.participation.topics.TopicStatus;
import nl.rugzak.platform.participation.updates.ui.FollowingView;
import nl.rugzak.platform.participation.updates.ui.UpdateFormView;
import nl.rugzak.platform.participation.updates.ui.UpdateView;
import nl.rugzak.platform.participation.updates.ui.UpdatesAdminView;
import nl.rugzak.platform.participation.updates.ui.UpdateListView;
import nl.rugzak.tenantadmin.registry.TenantRegistry;
import nl.rugzak.tenantadmin.settings.TenantSettings;
import nl.rugzak.tenantadmin.tenancy.TenantId;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The news pages as residents and editors use them, without a browser. */
class UpdatePagesIT extends IntegrationTest {

    @Autowired
    ApplicationContext application;
    @Autowired
    MovableClock clock;
    @Autowired
    Updates updates;
    @Autowired
    Initiatives initiatives;
    @Autowired
    PolicyTopics topics;
    @Autowired
    TenantSettings settings;
    @Autowired
    TenantRegistry registry;

    SiteUi site;
    @Autowired
    DemoUsers users;

    @BeforeEach
    void setUp() {
        awaitIdentity();
        clock.advance(Duration.ofDays(1));
        site = new SiteUi(application);
        users.ensureResident("voorbeeld", "nieuwsmaker");
        users.ensureResident("voorbeeld", "meelezer");
        TenantId voorbeeld = new TenantId("voorbeeld");
        List<String> modules = new ArrayList<>(registry.find(voorbeeld).orElseThrow().modules());
        if (!modules.contains(UpdatesModule.ID)) {
            modules.add(UpdatesModule.ID);
            asUser().run(() -> settings.setModules(voorbeeld, modules), "lab-admin");
        }
    }

    static String unique(String text) {
        return text + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void anEnglishVisitorReadsTheNewsInEnglish() {
        String title = unique("Nieuwe bankjes");
        long id = users.as("voorbeeld", "redacteur", () -> updates.post(UpdateDraft.now(UpdateTarget.SITE, title, "In het park.")));
        site.visit("voorbeeld", null, () -> {
            UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
            UI.getCurrent().navigate("nieuws");
            String list = nl.rugzak.platform.support.BrowserlessUi.text(_get(UpdateListView.class));
            assertThat(list).contains("News", "Follow the news with a feed reader (Atom)", title)
                    .doesNotContainPattern("![a-z][a-z0-9.-]+!");
            UI.getCurrent().navigate("nieuws/" + id);
            String page = nl.rugzak.platform.support.BrowserlessUi.text(_get(UpdateView.class));
            assertThat(page).contains(title, "In het park.", "Log in to comment", "There are no comments yet.")
                    .doesNotContainPattern("![a-z][a-z0-9.-]+!");
            assertThat(page).containsPattern("\\d{1,2} [A-Z][a-z]+ \\d{4} at \\d{2}:\\d{2}");
        });
    }

    @Test
    void markupInATitleOrBodyIsShownAsTextNeverRun() {
        String title = "<img src=x onerror=alert(1)> Nieuws " + UUID.randomUUID().toString().substring(0, 6);
        long id = users.as("voorbeeld", "redacteur", () -> updates.post(UpdateDraft.now(UpdateTarget.SITE, title,
                "<script>alert(1)</script>\n\n[klik](javascript:alert(2)) **vet**")));
        site.visit("voorbeeld", null, () -> {
            UI.getCurrent().navigate("nieuws/" + id);
            assertThat(_get(H1.class).getText()).isEqualTo(title);
            var h1 = _get(H1.class).getElement();
            assertThat(h1.getChildCount()).isEqualTo(1);
            assertThat(h1.getChild(0).isTextNode()).isTrue();
            String html = _get(MarkdownText.class).getElement().getProperty("innerHTML");
            var body = Jsoup.parseBodyFragment(html);
            assertThat(body.select("script, img, [onerror]")).isEmpty();
            assertThat(body.select("a[href^=javascript]")).isEmpty();
            assertThat(body.select("strong").text()).isEqualTo("vet");
        });
    }

    @Test
    void anOwnerWritesNewsOnTheirInitiativeAndAFollowerOfTheTopicSeesItsNews() {
        long initiative = users.as("voorbeeld", "nieuwsmaker", () -> {
            long created = initiatives.create(new InitiativeDraft(unique("Repaircafé"), "Samen spullen maken.", "", "",
                    null, "", false));
            initiatives.submit(created);
            return created;
        });
        String news = unique("Eerste repaircafé was een succes");
        site.visit("voorbeeld", "nieuwsmaker", () -> {
            UI.getCurrent().navigate("initiatieven/" + initiative);
            _get(Anchor.class, spec -> spec.withText("Schrijf nieuws over dit initiatief"));
            UI.getCurrent().navigate("nieuws/schrijven", QueryParameters.of("initiatief", String.valueOf(initiative)));
            _get(UpdateFormView.class);
            _setValue(_get(TextField.class, spec -> spec.withLabel("Titel")), news);
            _setValue(_get(TextArea.class, spec -> spec.withLabel("Tekst")), "Twintig apparaten gerepareerd.");
            _click(_get(Button.class, spec -> spec.withText("Opslaan")));
            assertThat(_get(UpdateView.class)).isNotNull();
            assertThat(_get(H1.class).getText()).isEqualTo(news);
        });
        site.visit("voorbeeld", "meelezer", () -> {
            UI.getCurrent().navigate("initiatieven/" + initiative);
            assertThat(_find(Anchor.class, spec -> spec.withText("Schrijf nieuws over dit initiatief"))).isEmpty();
            assertThat(_find(Anchor.class, spec -> spec.withText(news))).hasSize(1);
            // The form is not there for someone else's initiative.
            assertThatThrownBy(() -> UI.getCurrent().navigate("nieuws/schrijven",
                    QueryParameters.of("initiatief", String.valueOf(initiative))))
                    .hasMessageContaining("No route found for 'nieuws/schrijven'");
        });

        long topic = users.as("voorbeeld", "redacteur", () -> topics.create(new TopicDraft(unique("Afval"),
                "Minder restafval.", "", "", TopicStatus.EXPLORING, null, null)).id());
        String topicNews = unique("Nieuwe containers");
        users.run("voorbeeld", "redacteur", () -> updates.post(UpdateDraft.now(UpdateTarget.topic(topic), topicNews, "Vanaf maart.")));
        site.visit("voorbeeld", "meelezer", () -> {
            UI.getCurrent().navigate("themas/" + topic);
            assertThat(_find(Anchor.class, spec -> spec.withText(topicNews))).hasSize(1);
            _click(_get(Button.class, spec -> spec.withText("Volgen")));
            _get(Button.class, spec -> spec.withText("Niet meer volgen"));
            UI.getCurrent().navigate("mijn/volgend");
            FollowingView page = _get(FollowingView.class);
            assertThat(_find(page, Anchor.class, spec -> spec.withText(topicNews))).hasSize(1);
            assertThat(_find(page, Anchor.class, spec -> spec.withText(news))).isEmpty();
        });
        site.visit("voorbeeld", "redacteur", () -> {
            UI.getCurrent().navigate("beheer/nieuws");
            assertThat(_find(_get(UpdatesAdminView.class), Anchor.class, spec -> spec.withText(topicNews))).hasSize(1);
        });
    }
}
