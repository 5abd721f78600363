package nl.rugzak.platform.participation.consultations;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Duration;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.TextArea;
import nl.rugzak.platform.participation.consultations.ui.ConsultationListView;
import nl.rugzak.platform.participation.consultations.ui.ConsultationManageView;
import nl.rugzak.platform.participation.consultations.ui.ConsultationView;
import nl.rugzak.platform.participation.consultations.ui.MyConsultationsView;
import nl.rugzak.platform.participation.topics.PolicyTopics;
import nl.rugzak.platform.participation.topics.TopicDraft;
import nl.rugzak.platform.participation.topics.TopicStatus;
import nl.rugzak.platform.support.BrowserlessUi;
import nl.rugzak.platform.support.DemoUsers;
import nl.rugzak.platform.support.IntegrationTest;
import nl.rugzak.platform.support.MovableClock;
import nl.rugzak.platform.support.SiteUi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The consultation pages as residents and editors use them, without a browser. */
class ConsultationPagesIT extends IntegrationTest {

    static final String REPORT_READY = "De reactienota staat klaar (PDF)";

    @Autowired
    ApplicationContext application;
    @Autowired
    MovableClock clock;
    @Autowired
    Consultations consultations;
    @Autowired
    Reactions reactions;
    @Autowired
    Processing processing;
    @Autowired
    ResponseReports reports;
    @Autowired
    PolicyTopics topics;
    @Autowired
    DemoUsers users;

    SiteUi site;

    @BeforeEach
    void setUp() {
        awaitIdentity();
        clock.advance(Duration.ofDays(1));
        site = new SiteUi(application);
        users.ensureResident("voorbeeld", "paginalezer");
        users.ensureResident("voorbeeld", "zienswijzer");
        users.ensureResident("oosterhaven", "paginalezer");
    }

    long open(ConsultationKind kind) {
        long topic = users.as("voorbeeld", "redacteur", () -> topics.create(new TopicDraft("Pagina's " + System.nanoTime(),
                "Spelen in de wijk.", "", "", TopicStatus.EXPLORING, null, null)).id());
        return users.as("voorbeeld", "redacteur", () -> {
            long id = consultations.create(new ConsultationDraft(topic, "Speelplekken " + System.nanoTime(),
                    "Reageer op het plan.", kind, clock.instant().minus(Duration.ofHours(1)),
                    clock.instant().plus(Duration.ofDays(5)), "Team Spelen", "spelen@voorbeeldstad.example"));
            consultations.uploadDocument(id, "plan.docx", new ByteArrayInputStream(DocxFixtures.policy()));
            consultations.publish(id);
            return id;
        });
    }

    @Test
    void aResidentReactsOnAnAlineaAndSeesItBesideIt() {
        long id = open(ConsultationKind.OPEN);
        site.visit("voorbeeld", null, () -> {
            UI.getCurrent().navigate("inspraak");
            assertThat(BrowserlessUi.text(_get(ConsultationListView.class))).contains("Inspraak", "Open");
        });
        site.visit("voorbeeld", "paginalezer", () -> {
            UI.getCurrent().navigate("inspraak/" + id);
            String page = BrowserlessUi.text(_get(ConsultationView.class));
            assertThat(page).contains("Alinea 2", "Elk kind heeft binnen 300 meter een speelplek.", "Aantal reacties: 0")
                    .doesNotContainPattern("![a-z][a-z0-9.-]+!");
            _click(_get(Button.class, spec -> spec.withText("Reageer op alinea 2")));
            _setValue(_get(TextArea.class, spec -> spec.withLabel("Uw reactie")), "Dichterbij graag.");
            _setValue(_get(TextArea.class, spec -> spec.withLabel("Nieuwe tekst (niet verplicht)")),
                    "Elk kind heeft binnen 200 meter een speelplek.");
            _click(_get(Button.class, spec -> spec.withText("Reactie versturen")));
            String after = BrowserlessUi.text(_get(ConsultationView.class));
            assertThat(after).contains("Uw reactie is opgeslagen", "Dichterbij graag.", "verwijderd: 300", "toegevoegd: 200");
        });
        assertThat(users.as("voorbeeld", "bewoner", () -> reactions.visible(id))).singleElement()
                .satisfies(r -> assertThat(r.anchor()).isNotNull());
    }

    @Test
    void aFormalViewShowsOnlyToItsAuthorAndTheEditor() {
        long id = open(ConsultationKind.FORMAL);
        users.run("voorbeeld", "zienswijzer", () -> reactions.react(id, new ReactionDraft(null,
                "Bezwaar tegen de planning.", null, "Zeno Zienswijzer", "Zijlstraat 9, Voorbeeldstad")));
        site.visit("voorbeeld", "paginalezer", () -> {
            UI.getCurrent().navigate("inspraak/" + id);
            assertThat(BrowserlessUi.text(_get(ConsultationView.class))).contains("Aantal reacties: 1")
                    .doesNotContain("Bezwaar tegen de planning", "Zeno", "Zijlstraat");
        });
        site.visit("voorbeeld", null, () -> {
            UI.getCurrent().navigate("inspraak/" + id);
            assertThat(BrowserlessUi.text(_get(ConsultationView.class))).doesNotContain("Bezwaar tegen de planning", "Zeno");
        });
        site.visit("voorbeeld", "zienswijzer", () -> {
            UI.getCurrent().navigate("inspraak/" + id);
            assertThat(BrowserlessUi.text(_get(ConsultationView.class))).contains("Bezwaar tegen de planning", "uw zienswijze")
                    .doesNotContain("Zijlstraat");
        });
        site.visit("voorbeeld", "redacteur", () -> {
            UI.getCurrent().navigate("beheer/inspraak/" + id);
            assertThat(BrowserlessUi.text(_get(ConsultationManageView.class)))
                    .contains("Bezwaar tegen de planning", "\u2068Zeno Zienswijzer\u2069, \u2068Zijlstraat 9, Voorbeeldstad\u2069");
        });
    }

    /**
     * Until notifications exist, the "Mijn inspraak" page is how those who reacted hear of the reactienota: it shows
     * there with a link once published, and only to them, not to other residents nor at another municipality.
     */
    @Test
    void whoReactedFindsThePublishedReactienotaOnTheirOwnPageAndNobodyElseDoes() {
        long id = open(ConsultationKind.OPEN);
        String title = users.as("voorbeeld", "bewoner", () -> consultations.view(id).title());
        users.run("voorbeeld", "paginalezer", () -> reactions.react(id, ReactionDraft.open(null, "Mooi plan, graag snel.", null)));
        site.visit("voorbeeld", "paginalezer", () -> {
            UI.getCurrent().navigate("inspraak/mijn");
            assertThat(BrowserlessUi.text(_get(MyConsultationsView.class))).contains(title, "Open")
                    .doesNotContain(REPORT_READY);
        });

        clock.advance(Duration.ofDays(6));
        users.run("voorbeeld", "redacteur", () -> {
            processing.reactions(id).forEach(r -> processing.answerReaction(r.id(), "Dank voor uw reactie.", Outcome.UNCHANGED, null));
            reports.publish(id);
        });

        site.visit("voorbeeld", "paginalezer", () -> {
            UI.getCurrent().navigate("inspraak/mijn");
            assertThat(BrowserlessUi.text(_get(MyConsultationsView.class))).contains(title, "Reactienota gepubliceerd", REPORT_READY);
            assertThat(_get(Anchor.class, spec -> spec.withText(REPORT_READY)).getHref())
                    .isEqualTo("/inspraak/" + id + "/reactienota.pdf");
        });
        site.visit("voorbeeld", "zienswijzer", () -> {
            UI.getCurrent().navigate("inspraak/mijn");
            assertThat(BrowserlessUi.text(_get(MyConsultationsView.class))).doesNotContain(title);
        });
        // The same user name in the other municipality is another person with another account.
        site.visit("oosterhaven", "paginalezer", () -> {
            UI.getCurrent().navigate("inspraak/mijn");
            assertThat(BrowserlessUi.text(_get(MyConsultationsView.class))).doesNotContain(title, REPORT_READY);
        });
    }
}
