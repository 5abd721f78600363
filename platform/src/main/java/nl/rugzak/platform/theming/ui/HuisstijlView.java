package nl.rugzak.platform.theming.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import nl.rugzak.platform.staff.ui.StaffHomeView;
import nl.rugzak.tenantadmin.registry.TenantRegistry;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import nl.rugzak.tenantadmin.theming.TenantThemes;
import nl.rugzak.tenantadmin.theming.ui.ThemeEditor;

/**
 * The municipality's own theme editor in its back-office. The tenant is always the one of the site's host, never
 * one chosen by the visitor.
 */
@Route("beheer/huisstijl")
@PageTitle("Huisstijl – Beheer")
@RolesAllowed("tenant-admin")
public class HuisstijlView extends Main {

    public HuisstijlView(TenantRegistry registry, TenantThemes themes) {
        var tenant = registry.find(TenantContext.require()).orElseThrow();
        setId("main-content");
        addClassName("rugzak-page-wide");
        add(new RouterLink("← Terug naar beheer", StaffHomeView.class),
                new H1("Huisstijl van " + tenant.displayName()),
                new Paragraph("Kies de kleuren, het lettertype en de afbeeldingen van uw participatiesite. Het voorbeeld "
                        + "verandert meteen; bewoners zien de huisstijl pas als u publiceert."),
                new ThemeEditor(themes, tenant.id(), tenant.displayName()));
    }
}
