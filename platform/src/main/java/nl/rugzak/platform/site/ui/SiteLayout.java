package nl.rugzak.platform.site.ui;

import nl.rugzak.tenantadmin.text.ui.SkipLink;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import nl.rugzak.platform.language.SiteLanguages;
import nl.rugzak.platform.participation.ModuleManifests;
import nl.rugzak.tenantadmin.registry.TenantRegistry;
import nl.rugzak.tenantadmin.tenancy.TenantContext;

/**
 * The frame of every resident page: a skip link, the header with the enabled modules, the page itself in
 * {@code main}, and the footer. Access is decided per view; this frame is open to everyone.
 */
@AnonymousAllowed
public class SiteLayout extends Div implements RouterLayout {

    private final Main main = new Main();

    public SiteLayout(TenantRegistry registry, ModuleManifests modules, AuthenticationContext authentication, SiteLanguages languages) {
        var tenant = registry.find(TenantContext.require()).orElseThrow();
        addClassName("rugzak-site");
        SkipLink skip = new SkipLink();
        main.setId("main-content");
        main.addClassName("rugzak-page");
        main.getElement().setAttribute("tabindex", "-1");
        add(skip, new SiteHeader(tenant.displayName(), modules.enabledInOrder(), authentication, languages.offered()),
                SiteHeader.statusNotice(tenant.status()), main, new SiteFooter(tenant.displayName()));
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        main.removeAll();
        if (content != null) {
            main.getElement().appendChild(content.getElement());
        }
    }
}
