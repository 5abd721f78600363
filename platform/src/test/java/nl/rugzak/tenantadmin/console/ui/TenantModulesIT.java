package nl.rugzak.tenantadmin.console.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import nl.rugzak.platform.initiatives.InitiativesModule;
import nl.rugzak.platform.support.IntegrationTest;
import nl.rugzak.platform.topics.TopicsModule;
import nl.rugzak.tenantadmin.registry.TenantRegistry;
import nl.rugzak.tenantadmin.settings.TenantSettings;
import nl.rugzak.tenantadmin.tenancy.TenantId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/** The lab switches and orders a municipality's modules from its page in the control plane. */
class TenantModulesIT extends IntegrationTest {

    static final TenantId OOSTERHAVEN = new TenantId("oosterhaven");

    @Autowired
    ApplicationContext context;
    @Autowired
    SecurityContextHolderStrategy security;
    @Autowired
    TenantRegistry registry;
    @Autowired
    TenantSettings settings;

    List<String> before;

    @BeforeEach
    void labAdminInTheBrowser() {
        awaitIdentity();
        before = registry.find(OOSTERHAVEN).orElseThrow().modules();
        TestingAuthenticationToken labAdmin = new TestingAuthenticationToken("labbeheer", "n/a", "ROLE_lab-admin");
        MockVaadin.setMockRequestFactory(session -> {
            FakeRequest request = new FakeRequest(session);
            request.setUserPrincipalInt(labAdmin);
            request.setUserInRole((principal, role) -> "lab-admin".equals(role));
            return request;
        });
        var securityContext = security.createEmptyContext();
        securityContext.setAuthentication(labAdmin);
        security.setContext(securityContext);
        MockVaadin.setup(UI::new, new MockSpringServlet(new Routes().autoDiscoverViews("nl.rugzak"), context, UI::new));
    }

    @AfterEach
    void restore() {
        settings.setModules(OOSTERHAVEN, before);
        security.clearContext();
        MockVaadin.tearDown();
    }

    @Test
    void switchingAModuleOffAndReorderingIsSavedForThatMunicipality() {
        UI.getCurrent().navigate("tenantbeheer/gemeente/oosterhaven");
        _setValue(_get(Checkbox.class, spec -> spec.withLabel("Bewonersinitiatieven")), false);
        _click(_get(Button.class, spec -> spec.withText("Modules opslaan")));
        assertThat(registry.find(OOSTERHAVEN).orElseThrow().modules()).containsExactly(TopicsModule.ID);
        assertThat(site("oosterhaven.localhost").get("/initiatieven").statusCode()).isEqualTo(404);

        // Switched back on, it comes after the modules that stayed on; "omhoog" puts it first again.
        _setValue(_get(Checkbox.class, spec -> spec.withLabel("Bewonersinitiatieven")), true);
        _click(_get(Button.class, spec -> spec.withText("Modules opslaan")));
        assertThat(registry.find(OOSTERHAVEN).orElseThrow().modules())
                .containsExactly(TopicsModule.ID, InitiativesModule.ID);
        _click(_get(Button.class, spec -> spec.withAttribute("aria-label", "Bewonersinitiatieven omhoog")));
        _click(_get(Button.class, spec -> spec.withText("Modules opslaan")));
        assertThat(registry.find(OOSTERHAVEN).orElseThrow().modules())
                .containsExactly(InitiativesModule.ID, TopicsModule.ID);
        assertThat(registry.find(new TenantId("voorbeeld")).orElseThrow().modules())
                .containsExactly(InitiativesModule.ID, TopicsModule.ID);
    }
}
