package nl.rugzak.tenantadmin.theming.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import nl.rugzak.tenantadmin.ControlPlaneView;
import nl.rugzak.tenantadmin.console.ui.LabLayout;
import nl.rugzak.tenantadmin.console.ui.TenantDetailView;
import nl.rugzak.tenantadmin.identity.TenantRealms;
import nl.rugzak.tenantadmin.registry.TenantRegistry;
import nl.rugzak.tenantadmin.theming.TenantThemes;

/** The theme editor for lab staff, for any municipality, reached from the municipality's page. */
@ControlPlaneView
@Route(value = "tenantbeheer/gemeente/:slug/huisstijl", layout = LabLayout.class)
@RolesAllowed(TenantRealms.LAB_ADMIN_ROLE)
public class LabThemeView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final TenantRegistry registry;
    private final TenantThemes themes;

    public LabThemeView(TenantRegistry registry, TenantThemes themes) {
        this.registry = registry;
        this.themes = themes;
        setId("main-content");
        addClassName("rugzak-page-wide");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("theming.lab.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String slug = event.getRouteParameters().get("slug").orElse("");
        var tenant = registry.findBySlug(slug);
        if (tenant.isEmpty()) {
            add(new H1(getTranslation("theming.lab.not-found-heading")), new Paragraph(getTranslation("theming.lab.not-found")));
            return;
        }
        add(new RouterLink(getTranslation("theming.lab.back", tenant.get().displayName()), TenantDetailView.class, new RouteParameters("slug", slug)),
                new H1(getTranslation("theming.lab.heading", tenant.get().displayName())),
                new ThemeEditor(themes, tenant.get().id(), tenant.get().displayName()));
    }
}
