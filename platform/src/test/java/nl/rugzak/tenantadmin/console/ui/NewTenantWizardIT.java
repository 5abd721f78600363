package nl.rugzak.tenantadmin.console.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.UI;
import nl.rugzak.platform.support.BrowserlessUi;
import nl.rugzak.platform.support.IntegrationTest;
import nl.rugzak.tenantadmin.provisioning.ProvisioningRuns;
import nl.rugzak.tenantadmin.registry.TenantRegistry;
import nl.rugzak.tenantadmin.tenancy.TenantId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The control plane driven as a lab admin would, without a browser, against the real database and Keycloak. */
class NewTenantWizardIT extends IntegrationTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    TenantRegistry registry;
    @Autowired
    ProvisioningRuns runs;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void labAdminInTheBrowser() {
        awaitIdentity();
        BrowserlessUi.openAs(context, "labbeheer", "lab-admin");
    }

    @AfterEach
    void closeBrowser() {
        BrowserlessUi.closeAs(context);
    }

    @Test
    void invalidInputShowsAMessageAtEachFieldAndCreatesNothing() {
        long tenantsBefore = jdbc.sql("SELECT count(*) FROM control.tenant").query(Long.class).single();
        NewTenantView wizard = UI.getCurrent().navigate(NewTenantView.class).orElseThrow();

        wizard.displayName.setValue("G");
        wizard.slug.setValue("www");
        wizard.primaryHost.setValue("oosterhaven.localhost");
        wizard.aliasHosts.setValue("geen geldig domein");
        wizard.locales.setValue(Set.of());
        wizard.adminEmail.setValue("geen-adres");
        wizard.create.click();

        assertThat(wizard.displayName.isInvalid()).isTrue();
        assertThat(wizard.displayName.getErrorMessage()).contains("naam van de gemeente");
        assertThat(wizard.slug.getErrorMessage()).contains("gereserveerd");
        assertThat(wizard.primaryHost.getErrorMessage()).contains("al in gebruik");
        assertThat(wizard.aliasHosts.getErrorMessage()).contains("geen geldige domeinnaam");
        assertThat(wizard.locales.getErrorMessage()).contains("taal");
        assertThat(wizard.adminFirstName.getErrorMessage()).contains("voornaam");
        assertThat(wizard.adminEmail.getErrorMessage()).contains("e-mailadres");
        assertThat(wizard.formProblem.getText()).contains("Niet alles is goed ingevuld");
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst()).isSameAs(wizard);
        assertThat(jdbc.sql("SELECT count(*) FROM control.tenant").query(Long.class).single()).isEqualTo(tenantsBefore);
    }

    @Test
    void validInputShowsTheProgressAndYieldsATenantServingItsHomePage() {
        NewTenantView wizard = UI.getCurrent().navigate(NewTenantView.class).orElseThrow();
        wizard.displayName.setValue("Gemeente Súdwest-Wizard");
        assertThat(wizard.slug.getValue()).as("suggested only on typing in the browser").isEmpty();
        wizard.slug.setValue("sudwest-wizard");
        wizard.primaryHost.setValue("sudwest-wizard.localhost");
        wizard.adminFirstName.setValue("Wil");
        wizard.adminLastName.setValue("Zard");
        wizard.adminEmail.setValue("wil@sudwest-wizard.example");
        wizard.create.click();

        ProvisioningView progress = (ProvisioningView) UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst();
        await().atMost(Duration.ofSeconds(60)).until(() -> registry.find(new TenantId("sudwest-wizard"))
                .map(t -> t.status().name().equals("ACTIVE")).orElse(false));
        // The run records its last step just after the tenant turns active: the page says "Klaar" once it has.
        await().pollInSameThread().atMost(Duration.ofSeconds(30)).until(() -> {
            progress.refresh();
            return progress.status.getText().contains("Klaar");
        });
        assertThat(progress.steps.getChildren().count()).isEqualTo(7);
        // The embedded default mails: the first admin's invitation goes out by mail, no link to pass on by hand.
        assertThat(progress.steps.getElement().getTextRecursively()).contains("uitnodiging per e-mail")
                .doesNotContain("/uitnodiging/");
        assertThat(site("sudwest-wizard.localhost").get("/").body()).contains("<title>Doe mee in Gemeente Súdwest-Wizard</title>");
        assertThat(runs.withStatus(ProvisioningRuns.RunStatus.FAILED)).allSatisfy(run ->
                assertThat(runs.find(run).orElseThrow().tenant()).isNotEqualTo("sudwest-wizard"));
        assertThat(List.of(wizard.displayName, wizard.slug)).noneMatch(f -> f.isInvalid());
    }

    @Test
    void everyControlPlanePageOpensAndTheDetailPageChangesTheLifecycle() {
        TenantListView list = UI.getCurrent().navigate(TenantListView.class).orElseThrow();
        assertThat(list.grid.getGenericDataView().getItems().map(t -> t.id().slug())).contains("voorbeeld", "oosterhaven");
        list.status.setValue(nl.rugzak.tenantadmin.registry.TenantStatus.ARCHIVED);
        assertThat(list.grid.getGenericDataView().getItems()).allMatch(t -> t.status().name().equals("ARCHIVED"));
        list.status.clear();
        list.search.setValue("oosterhaven");
        assertThat(list.grid.getGenericDataView().getItems().map(t -> t.id().slug())).containsExactly("oosterhaven");

        UI.getCurrent().navigate(AuditLogView.class).orElseThrow();
        UI.getCurrent().navigate(RestoreTenantView.class).orElseThrow();
        // An unknown municipality is "not found" (karibu turns Vaadin's not-found page into this error).
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> UI.getCurrent().navigate("tenantbeheer/gemeente/bestaat-niet"))
                .isInstanceOf(com.github.mvysny.kaributesting.v10.NotFoundError.class);

        UI.getCurrent().navigate("tenantbeheer/gemeente/oosterhaven");
        TenantDetailView detail = (TenantDetailView) UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst();
        button(detail, "Opschorten").click();
        assertThat(registry.find(new TenantId("oosterhaven")).orElseThrow().status().name()).isEqualTo("SUSPENDED");
        assertThat(detail.message.getText()).contains("opgeschort");
        button(detail, "Hervatten").click();
        assertThat(registry.find(new TenantId("oosterhaven")).orElseThrow().status().name()).isEqualTo("ACTIVE");
    }

    private static com.vaadin.flow.component.button.Button button(com.vaadin.flow.component.Component root, String text) {
        return (com.vaadin.flow.component.button.Button) descendants(root)
                .filter(c -> c instanceof com.vaadin.flow.component.button.Button b && text.equals(b.getText()))
                .findFirst().orElseThrow(() -> new AssertionError("No button '" + text + "'"));
    }

    private static java.util.stream.Stream<com.vaadin.flow.component.Component> descendants(com.vaadin.flow.component.Component root) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(root), root.getChildren().flatMap(NewTenantWizardIT::descendants));
    }
}
