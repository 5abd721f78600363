package nl.rugzak.platform.theming.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.rugzak.platform.staff.ui.StaffLayout;
import nl.rugzak.tenantadmin.registry.TenantRegistry;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import nl.rugzak.tenantadmin.theming.TenantThemes;
import nl.rugzak.tenantadmin.theming.ui.ThemeEditor;

/**
 * The municipality's own theme editor in its back-office. The tenant is always the one of the site's host, never
 * one chosen by the visitor.
 */
@Route(value = "beheer/huisstijl", layout = StaffLayout.class)
@PageTitle("Huisstijl – Beheer")
@RolesAllowed("tenant-admin")
public class HuisstijlView extends Div {

    public HuisstijlView(TenantRegistry registry, TenantThemes themes) {
        var tenant = registry.find(TenantContext.require()).orElseThrow();
        add(new H1("Huisstijl van " + tenant.displayName()),
                new Paragraph("Kies de kleuren, het lettertype en de afbeeldingen van uw participatiesite. Het voorbeeld "
                        + "verandert meteen; bewoners zien de huisstijl pas als u publiceert."),
                new ThemeEditor(themes, tenant.id(), tenant.displayName()));
    }
}
