package nl.rugzak.platform.site.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import nl.rugzak.platform.site.SitePage;
import nl.rugzak.platform.site.SiteService;
import nl.rugzak.tenantadmin.registry.TenantRegistry;
import nl.rugzak.tenantadmin.tenancy.TenantContext;

/** The municipality's front door: its name and the introduction its staff wrote. */
@Route("")
@AnonymousAllowed
public class HomeView extends Div implements HasDynamicTitle {

    private final String tenantName;

    public HomeView(TenantRegistry registry, SiteService site, AuthenticationContext authentication) {
        var tenant = registry.find(TenantContext.require()).orElseThrow();
        tenantName = tenant.displayName();
        add(new SiteHeader(tenantName, authentication), SiteHeader.statusNotice(tenant.status()));
        Main main = new Main();
        main.setId("main-content");
        main.addClassName("rugzak-page");
        main.add(new H1(tenantName));
        site.page(SitePage.HOME).ifPresentOrElse(
                page -> {
                    main.add(new H2(page.getTitle()));
                    page.getBody().lines().filter(line -> !line.isBlank()).map(Paragraph::new).forEach(main::add);
                },
                () -> main.add(new Paragraph("Welkom op de participatiesite van " + tenantName + ".")));
        add(main);
    }

    @Override
    public String getPageTitle() {
        return "Doe mee in " + tenantName;
    }
}
