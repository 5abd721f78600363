package nl.rugzak.platform.site.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import nl.rugzak.platform.site.SitePage;
import nl.rugzak.platform.site.SiteService;
import nl.rugzak.tenantadmin.registry.TenantRegistry;
import nl.rugzak.tenantadmin.tenancy.TenantContext;

/** The municipality's front door: its name and the introduction its staff wrote. */
@Route("")
public class HomeView extends Main implements HasDynamicTitle {

    private final String tenantName;

    public HomeView(TenantRegistry registry, SiteService site) {
        tenantName = registry.find(TenantContext.require()).orElseThrow().displayName();
        setId("main-content");
        addClassName("rugzak-home");
        add(new H1(tenantName));
        site.page(SitePage.HOME).ifPresentOrElse(
                page -> {
                    add(new Paragraph(page.getTitle()));
                    page.getBody().lines().filter(line -> !line.isBlank()).map(Paragraph::new).forEach(this::add);
                },
                () -> add(new Paragraph("Welkom op de participatiesite van " + tenantName + ".")));
    }

    @Override
    public String getPageTitle() {
        return "Doe mee in " + tenantName;
    }
}
