package nl.rugzak.platform.mydata.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.TextArea;
import nl.rugzak.platform.participation.initiatives.InitiativeDraft;
import nl.rugzak.platform.participation.initiatives.Initiatives;
import nl.rugzak.platform.support.IntegrationTest;
import nl.rugzak.platform.support.MovableClock;
import nl.rugzak.platform.support.DemoUsers;
import nl.rugzak.platform.support.SiteUi;
import nl.rugzak.tenantadmin.identity.TenantRealms;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The share block, the widget code page and the my-data page, driven as residents and staff would. */
class SharingAndMyDataJourneysIT extends IntegrationTest {

    @Autowired
    ApplicationContext application;
    @Autowired
    MovableClock clock;
    @Autowired
    Initiatives initiatives;
    @Autowired
    TenantRealms realms;

    SiteUi site;
    @Autowired
    DemoUsers users;

    @BeforeEach
    void identity() {
        awaitIdentity();
        clock.advance(java.time.Duration.ofDays(1));
        site = new SiteUi(application);
    }

    @Test
    void aPublicInitiativeOffersPlainShareLinks() {
        users.ensureResident("voorbeeld", "deelster");
        long id = users.as("voorbeeld", "deelster", () -> {
            long created = initiatives.create(new InitiativeDraft("Buurtbieb & ruilkast", "Boeken ruilen.", "", "", null, "", false));
            initiatives.submit(created);
            return created;
        });
        site.visit("voorbeeld", null, () -> {
            UI.getCurrent().navigate("initiatieven/" + id);
            Anchor whatsapp = _get(Anchor.class, spec -> spec.withText("WhatsApp"));
            assertThat(whatsapp.getHref()).startsWith("https://wa.me/?text=Buurtbieb%20%26%20ruilkast%20http%3A%2F%2Fvoorbeeld.localhost")
                    .endsWith("%2Finitiatieven%2F" + id);
            assertThat(whatsapp.getElement().getAttribute("rel")).contains("noopener");
        });
    }

    @Test
    void editorsCopyTheWidgetCode() {
        site.visit("voorbeeld", "redacteur", () -> {
            UI.getCurrent().navigate("beheer/widget");
            String code = _get(TextArea.class, spec -> spec.withLabel("Code om te kopiëren")).getValue();
            assertThat(code).startsWith("<iframe src=\"http://voorbeeld.localhost:").contains("/widget/initiatieven?aantal=5\"");
        });
    }

    @Test
    void aResidentSeesTheirDataAndCannotDeleteTheAccountWithoutConfirming() {
        users.ensureResident("voorbeeld", "vertrekker");
        site.visit("voorbeeld", "vertrekker", () -> {
            UI.getCurrent().navigate("mijn/gegevens");
            assertThat(_find(H2.class).stream().map(H2::getText)).contains("Profiel", "Reacties", "Steunbetuigingen",
                    "Meldingen", "Moderatiebesluiten");
            MyDataView page = _get(MyDataView.class);
            _click(page.delete);
            assertThat(page.feedback.getText()).contains("Vink eerst aan");
        });
        // The deletion itself is driven through the service in MyDataIT: the view then invalidates the HTTP session,
        // which the mock servlet environment does not survive cleanly for the tests that follow.
        assertThat(realms.server().admin().realm("voorbeeld").users().searchByUsername("vertrekker", true)).hasSize(1);
    }
}
