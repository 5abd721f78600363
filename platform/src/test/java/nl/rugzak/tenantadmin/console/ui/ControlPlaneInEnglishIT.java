package nl.rugzak.tenantadmin.console.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import nl.rugzak.platform.support.BrowserlessUi;
import nl.rugzak.platform.support.IntegrationTest;
import nl.rugzak.tenantadmin.registry.TenantStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A lab admin who reads English gets the whole control plane in English, refusals included, with no key showing. */
class ControlPlaneInEnglishIT extends IntegrationTest {

    private static final String KEY_MARKER = "![a-z0-9-]+(\\.[a-z0-9-]+)+!";

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    // No Keycloak needed: these pages and refusals only read the registry.
    void labAdminReadingEnglish() {
        BrowserlessUi.openAs(context, "labbeheer", "lab-admin");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        // As after the language switch: the page the UI opened on is built again, now in English.
        UI.getCurrent().refreshCurrentRoute(true);
    }

    @AfterEach
    void closeBrowser() {
        BrowserlessUi.closeAs(context);
    }

    @Test
    void theListAndTheDetailPageSpeakEnglish() {
        TenantListView list = UI.getCurrent().navigate(TenantListView.class).orElseThrow();
        var chain = UI.getCurrent().getInternals().getActiveRouterTargetsChain();
        assertThat(chain.getLast()).isInstanceOf(LabLayout.class);
        String page = BrowserlessUi.text((Component) chain.getLast());
        assertThat(page).contains("Municipalities", "municipalities in use", "New municipality", "Audit log",
                "Log out (labbeheer)").doesNotContain("Gemeenten").doesNotContainPattern(KEY_MARKER);
        assertThat(list.status.getItemLabelGenerator().apply(TenantStatus.SUSPENDED)).isEqualTo("Suspended");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Municipalities – Co-creatie Lab");

        UI.getCurrent().navigate("tenantbeheer/gemeente/oosterhaven");
        TenantDetailView detail = (TenantDetailView) UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst();
        String detailText = BrowserlessUi.text(detail);
        assertThat(detailText).contains("Status: Active", "Last export:", "Life cycle", "Domains", "(main domain)",
                "Participation modules", "Languages and contact").doesNotContainPattern(KEY_MARKER);
        assertThat(buttons(detail)).contains("Suspend", "Archive", "Delete…", "Save modules", "Save languages");
    }

    @Test
    void refusedInputIsExplainedInEnglishAndCreatesNothing() {
        long tenantsBefore = jdbc.sql("SELECT count(*) FROM control.tenant").query(Long.class).single();
        NewTenantView wizard = UI.getCurrent().navigate(NewTenantView.class).orElseThrow();
        assertThat(wizard.create.getText()).isEqualTo("Create municipality");

        wizard.displayName.setValue("G");
        wizard.slug.setValue("www");
        wizard.primaryHost.setValue("oosterhaven.localhost");
        wizard.locales.setValue(Set.of());
        wizard.create.click();

        assertThat(wizard.displayName.getErrorMessage()).startsWith("Enter the name of the municipality");
        assertThat(wizard.slug.getErrorMessage()).isEqualTo("The short name 'www' is reserved. Choose another one.");
        assertThat(wizard.primaryHost.getErrorMessage()).contains("already in use by another municipality");
        assertThat(wizard.adminEmail.getErrorMessage()).startsWith("Enter a valid email address");
        assertThat(wizard.formProblem.getText()).startsWith("Not everything has been filled in correctly");
        assertThat(BrowserlessUi.text(wizard)).doesNotContainPattern(KEY_MARKER);
        assertThat(jdbc.sql("SELECT count(*) FROM control.tenant").query(Long.class).single()).isEqualTo(tenantsBefore);
    }

    private static Stream<String> buttons(Component root) {
        return descendants(root).filter(c -> c instanceof Button).map(c -> ((Button) c).getText());
    }

    private static Stream<Component> descendants(Component root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(ControlPlaneInEnglishIT::descendants));
    }
}
