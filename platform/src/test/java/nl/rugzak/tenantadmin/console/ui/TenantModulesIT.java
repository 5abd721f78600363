package nl.rugzak.tenantadmin.console.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import nl.rugzak.platform.participation.initiatives.InitiativesModule;
import nl.rugzak.platform.support.BrowserlessUi;
import nl.rugzak.platform.support.IntegrationTest;
import nl.rugzak.tenantadmin.registry.TenantRegistry;
import nl.rugzak.tenantadmin.settings.TenantSettings;
import nl.rugzak.tenantadmin.tenancy.TenantId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The lab switches and orders a municipality's modules from its page in the control plane. */
class TenantModulesIT extends IntegrationTest {

    static final TenantId OOSTERHAVEN = new TenantId("oosterhaven");

    @Autowired
    ApplicationContext context;
    @Autowired
    TenantRegistry registry;
    @Autowired
    TenantSettings settings;

    List<String> before;

    @BeforeEach
    void labAdminInTheBrowser() {
        awaitIdentity();
        before = registry.find(OOSTERHAVEN).orElseThrow().modules();
        BrowserlessUi.openAs(context, "labbeheer", "lab-admin");
    }

    @AfterEach
    void restore() {
        settings.setModules(OOSTERHAVEN, before);
        BrowserlessUi.closeAs(context);
    }

    @Test
    void switchingAModuleOffAndReorderingIsSavedForThatMunicipality() {
        List<String> voorbeeld = registry.find(new TenantId("voorbeeld")).orElseThrow().modules();
        List<String> without = before.stream().filter(m -> !m.equals(InitiativesModule.ID)).toList();
        UI.getCurrent().navigate("tenantbeheer/gemeente/oosterhaven");
        _setValue(_get(Checkbox.class, spec -> spec.withLabel("Bewonersinitiatieven")), false);
        _click(_get(Button.class, spec -> spec.withText("Modules opslaan")));
        assertThat(registry.find(OOSTERHAVEN).orElseThrow().modules()).isEqualTo(without);
        assertThat(site("oosterhaven.localhost").get("/initiatieven").statusCode()).isEqualTo(404);

        // Switched back on, it comes after the modules that stayed on; "omhoog" moves it one place up.
        _setValue(_get(Checkbox.class, spec -> spec.withLabel("Bewonersinitiatieven")), true);
        _click(_get(Button.class, spec -> spec.withText("Modules opslaan")));
        List<String> last = new java.util.ArrayList<>(without);
        last.add(InitiativesModule.ID);
        assertThat(registry.find(OOSTERHAVEN).orElseThrow().modules()).isEqualTo(last);
        _click(_get(Button.class, spec -> spec.withAttribute("aria-label", "Bewonersinitiatieven omhoog")));
        _click(_get(Button.class, spec -> spec.withText("Modules opslaan")));
        List<String> movedUp = new java.util.ArrayList<>(without);
        movedUp.add(without.size() - 1, InitiativesModule.ID);
        assertThat(registry.find(OOSTERHAVEN).orElseThrow().modules()).isEqualTo(movedUp);
        assertThat(registry.find(new TenantId("voorbeeld")).orElseThrow().modules()).isEqualTo(voorbeeld);
    }
}
