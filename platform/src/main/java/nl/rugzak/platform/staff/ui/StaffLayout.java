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
import nl.rugzak.platform.modules.EnabledModules;
import nl.rugzak.platform.site.ui.SiteFooter;
import nl.rugzak.platform.site.ui.SiteHeader;
import nl.rugzak.tenantadmin.registry.TenantRegistry;
import nl.rugzak.tenantadmin.tenancy.TenantContext;

/** The municipality's back-office frame: the site header, a menu of what this staff member may do, the page. */
@RolesAllowed({"editor", "moderator", "tenant-admin"})
public class StaffLayout extends Div implements RouterLayout {

    /** {@code labelKey} is the menu text's key in the bundles. */
    record MenuItem(String path, String labelKey, List<String> roles, String module) {
    }

    static final List<MenuItem> MENU = List.of(
            new MenuItem("/beheer", "staff.menu.overview", List.of("editor", "moderator", "tenant-admin"), null),
            new MenuItem("/beheer/initiatieven", "staff.menu.initiatives", List.of("editor", "moderator", "tenant-admin"), "initiatives"),
            new MenuItem("/beheer/themas", "staff.menu.topics", List.of("editor", "tenant-admin"), "topics"),
            new MenuItem("/beheer/nieuws", "staff.menu.updates", List.of("editor", "tenant-admin"), "updates"),
            new MenuItem("/beheer/moderatie", "staff.menu.moderation", List.of("moderator", "tenant-admin"), null),
            new MenuItem("/beheer/paginas", "staff.menu.pages", List.of("editor", "tenant-admin"), null),
            new MenuItem("/beheer/widget", "staff.menu.widget", List.of("editor", "tenant-admin"), null),
            new MenuItem("/beheer/modules", "staff.menu.modules", List.of("tenant-admin"), null),
            new MenuItem("/beheer/talen", "staff.menu.languages", List.of("tenant-admin"), null),
            new MenuItem("/beheer/huisstijl", "staff.menu.branding", List.of("tenant-admin"), null),
            new MenuItem("/beheer/facturatie", "staff.menu.billing", List.of("tenant-admin"), null));

    private final Main main = new Main();

    public StaffLayout(TenantRegistry registry, EnabledModules modules, PastDueBanner pastDue,
                       AuthenticationContext authentication, SiteLanguages languages) {
        var tenant = registry.find(TenantContext.require()).orElseThrow();
        addClassName("rugzak-site");
        SkipLink skip = new SkipLink();
        Nav menu = new Nav();
        menu.getElement().setAttribute("aria-label", getTranslation("staff.menu.label"));
        menu.addClassName("rugzak-staff-menu");
        UnorderedList items = new UnorderedList();
        for (MenuItem item : visible(modules, authentication)) {
            items.add(new ListItem(new Anchor(item.path(), getTranslation(item.labelKey()))));
        }
        menu.add(items);
        main.setId("main-content");
        main.addClassName("rugzak-page-wide");
        main.getElement().setAttribute("tabindex", "-1");
        Div body = new Div(menu, main);
        body.addClassName("rugzak-staff");
        add(skip, new SiteHeader(tenant.displayName(), modules.inOrder(), authentication, languages.offered()),
                SiteHeader.statusNotice(tenant.status()), pastDue, body, new SiteFooter(tenant.displayName()));
    }

    private static List<MenuItem> visible(EnabledModules modules, AuthenticationContext authentication) {
        List<MenuItem> visible = new ArrayList<>();
        for (MenuItem item : MENU) {
            boolean role = item.roles().stream().anyMatch(authentication::hasRole);
            boolean module = item.module() == null || modules.isEnabled(item.module());
            if (role && module) {
                visible.add(item);
            }
        }
        return visible;
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        main.removeAll();
        if (content != null) {
            main.getElement().appendChild(content.getElement());
        }
    }
}
