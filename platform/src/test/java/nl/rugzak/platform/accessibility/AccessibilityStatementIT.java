package nl.rugzak.platform.accessibility;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.TextArea;
import nl.rugzak.platform.site.SiteService;
import nl.rugzak.platform.site.ui.SiteFooter;
import nl.rugzak.platform.support.IntegrationTest;
import nl.rugzak.platform.support.SiteUi;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import nl.rugzak.tenantadmin.tenancy.TenantId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Every municipality starts with an accessibility statement drafted from the template and the automated results,
 * linked from every page's footer; its admin completes it and can draft it again, at that municipality only.
 */
class AccessibilityStatementIT extends IntegrationTest {

    private static final String REFILL = "Automatisch opnieuw invullen";

    @Autowired
    ApplicationContext application;
    @Autowired
    SiteService pages;

    SiteUi site;

    @BeforeEach
    void identity() {
        awaitIdentity();
        site = new SiteUi(application);
    }

    @Test
    void aNewSiteStartsWithTheDraftedStatementLinkedFromTheFooter() {
        String body = TenantContext.call(new TenantId("oosterhaven"), () -> pages.page("toegankelijkheid").orElseThrow().getBody());
        assertThat(body).startsWith("Gemeente Oosterhaven wil dat iedereen deze site kan gebruiken")
                .contains("## Wat we automatisch controleren", "## Lukt iets niet?");
        site.visit("oosterhaven", null, () -> {
            UI.getCurrent().navigate("pagina/toegankelijkheid");
            assertThat(_find(_get(SiteFooter.class), Anchor.class)).anySatisfy(link ->
                    assertThat(link.getHref()).isEqualTo("/pagina/toegankelijkheid"));
        });
    }

    @Test
    void theAdminDraftsItAgainCompletesItAndSavesItForTheirOwnMunicipalityOnly() {
        String oosterhavenBefore = TenantContext.call(new TenantId("oosterhaven"),
                () -> pages.page("toegankelijkheid").orElseThrow().getBody());
        site.visit("voorbeeld", "beheerder", () -> {
            UI.getCurrent().navigate("beheer/paginas");
            _click(_get(Button.class, spec -> spec.withText(REFILL)));
            TextArea text = _find(TextArea.class).stream()
                    .filter(area -> area.getValue().contains("Wat we automatisch controleren")).findFirst().orElseThrow();
            assertThat(text.getValue()).startsWith("Gemeente Voorbeeldstad wil dat iedereen");
            text.setValue(text.getValue() + "\n\nStatus: B (voldoet gedeeltelijk), onderzocht door een deskundige in 2026.");
            Button save = _find(Button.class).stream()
                    .filter(button -> "Toegankelijkheidsverklaring opslaan".equals(button.getElement().getAttribute("aria-label")))
                    .findFirst().orElseThrow();
            _click(save);
        });
        assertThat(TenantContext.call(new TenantId("voorbeeld"), () -> pages.page("toegankelijkheid").orElseThrow().getBody()))
                .contains("Status: B (voldoet gedeeltelijk)");
        assertThat(TenantContext.call(new TenantId("oosterhaven"), () -> pages.page("toegankelijkheid").orElseThrow().getBody()))
                .isEqualTo(oosterhavenBefore);
    }

    @Test
    void anEditorCannotRewriteTheStatement() {
        site.visit("voorbeeld", "redacteur", () -> {
            UI.getCurrent().navigate("beheer/paginas");
            assertThat(_find(Button.class, spec -> spec.withText(REFILL))).isEmpty();
        });
    }
}
