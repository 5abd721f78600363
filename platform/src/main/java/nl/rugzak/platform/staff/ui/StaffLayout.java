package nl.rugzak.platform.staff.ui;

import nl.rugzak.tenantadmin.text.ui.SkipLink;
import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import nl.rugzak.platform.billing.ui.PastDueBanner;
import nl.rugzak.platform.language.SiteLanguages;
import nl.rugzak.platform.participation.ModuleManifest;
import nl.rugzak.platform.participation.ModuleManifest.StaffEntry;
import nl.rugzak.platform.participation.ModuleManifests;
import nl.rugzak.platform.site.ui.SiteFooter;
import nl.rugzak.platform.site.ui.SiteHeader;
import nl.rugzak.tenantadmin.registry.TenantRegistry;
import nl.rugzak.tenantadmin.tenancy.TenantContext;

/** The municipality's back-office frame: the site header, a menu of what this staff member may do, the page. */
@RolesAllowed({"editor", "moderator", "tenant-admin"})
public class StaffLayout extends Div implements RouterLayout {

    /** The start page, before the enabled modules' own entries (from their manifests). */
    static final List<StaffEntry> FIRST = List.of(
            new StaffEntry("/beheer", "staff.menu.overview", List.of("editor", "moderator", "tenant-admin")));

    /** The shared tools, after the modules. */
    static final List<StaffEntry> SHARED = List.of(
            new StaffEntry("/beheer/dashboard", "dashboard.staff.menu", List.of("editor", "tenant-admin")),
            new StaffEntry("/beheer/kennis", "knowledge.staff.menu", List.of("editor", "moderator", "tenant-admin")),
            new StaffEntry("/beheer/moderatie", "staff.menu.moderation", List.of("moderator", "tenant-admin")),
            new StaffEntry("/beheer/paginas", "staff.menu.pages", List.of("editor", "tenant-admin")),
            new StaffEntry("/beheer/widget", "staff.menu.widget", List.of("editor", "tenant-admin")),
            new StaffEntry("/beheer/bibliotheek", "library.staff.menu", List.of("editor", "tenant-admin")),
            new StaffEntry("/beheer/modules", "staff.menu.modules", List.of("tenant-admin")),
            new StaffEntry("/beheer/talen", "staff.menu.languages", List.of("tenant-admin")),
            new StaffEntry("/beheer/medewerkers", "staff.menu.members", List.of("tenant-admin")),
            new StaffEntry("/beheer/api", "api.staff.menu", List.of("tenant-admin")),
            new StaffEntry("/beheer/meldingen", "notifications.staff.menu", List.of("tenant-admin")),
            new StaffEntry("/beheer/huisstijl", "staff.menu.branding", List.of("tenant-admin")),
            new StaffEntry("/beheer/facturatie", "staff.menu.billing", List.of("tenant-admin")));

    private final Main main = new Main();

    public StaffLayout(TenantRegistry registry, ModuleManifests modules, PastDueBanner pastDue,
                       AuthenticationContext authentication, SiteLanguages languages) {
        var tenant = registry.find(TenantContext.require()).orElseThrow();
        addClassName("rugzak-site");
        SkipLink skip = new SkipLink();
        Nav menu = new Nav();
        menu.getElement().setAttribute("aria-label", getTranslation("staff.menu.label"));
        menu.addClassName("rugzak-staff-menu");
        UnorderedList items = new UnorderedList();
        for (StaffEntry item : visible(modules.enabledInOrder(), authentication)) {
            items.add(new ListItem(new Anchor(item.path(), getTranslation(item.labelKey()))));
        }
        menu.add(items);
        main.setId("main-content");
        main.addClassName("rugzak-page-wide");
        main.getElement().setAttribute("tabindex", "-1");
        Div body = new Div(menu, main);
        body.addClassName("rugzak-staff");
        add(skip, new SiteHeader(tenant.displayName(), modules.enabledInOrder(), authentication, languages.offered()),
                SiteHeader.statusNotice(tenant.status()), pastDue, body, new SiteFooter(tenant.displayName()));
    }

    private static List<StaffEntry> visible(List<ModuleManifest> modules, AuthenticationContext authentication) {
        List<StaffEntry> all = new ArrayList<>(FIRST);
        modules.forEach(module -> all.addAll(module.staffMenu()));
        all.addAll(SHARED);
        return all.stream().filter(item -> item.roles().stream().anyMatch(authentication::hasRole)).toList();
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        main.removeAll();
        if (content != null) {
            main.getElement().appendChild(content.getElement());
        }
    }
}
