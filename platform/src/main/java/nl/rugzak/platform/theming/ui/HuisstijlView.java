package nl.rugzak.platform.theming.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
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
@RolesAllowed("tenant-admin")
public class HuisstijlView extends Div implements HasDynamicTitle {

    public HuisstijlView(TenantRegistry registry, TenantThemes themes) {
        var tenant = registry.find(TenantContext.require()).orElseThrow();
        add(new H1(getTranslation("portal.branding.heading", tenant.displayName())),
                new Paragraph(getTranslation("portal.branding.intro")),
                new ThemeEditor(themes, tenant.id(), tenant.displayName()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("portal.branding.title");
    }
}
