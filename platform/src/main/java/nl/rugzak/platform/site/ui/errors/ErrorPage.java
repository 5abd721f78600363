package nl.rugzak.platform.site.ui.errors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import nl.rugzak.platform.site.ui.SiteLayout;
import nl.rugzak.platform.staff.ui.StaffLayout;
import nl.rugzak.tenantadmin.console.ui.LabLayout;
import nl.rugzak.tenantadmin.identity.TenantRealms;
import nl.rugzak.tenantadmin.tenancy.TenantContext;

/**
 * An error page in the frame the visitor was in: the resident site, the back office for staff on a {@code /beheer}
 * address, or the lab for lab staff on the admin host. Error views cannot choose their parent layout per request
 * (Vaadin fixes it per class), so the page builds its frame itself. The frames are the real layouts, so the visitor
 * keeps the menu, the language switch and the way home.
 */
abstract class ErrorPage extends Div implements HasDynamicTitle {

    private static final String STAFF_PATH = "beheer";
    private static final String LAB_HOME = "/tenantbeheer";

    private final AuthenticationContext authentication;
    private String titleKey;

    ErrorPage(AuthenticationContext authentication) {
        this.authentication = authentication;
    }

    /** Shows {@code <key>.heading}, {@code <key>.text}, a link {@code <key>.home} and the title {@code <key>.title}. */
    protected void show(BeforeEnterEvent event, String key) {
        titleKey = key + ".title";
        removeAll();
        String path = event.getLocation().getPath();
        boolean adminHost = TenantContext.current().isEmpty();
        boolean backOffice = !adminHost && (path.equals(STAFF_PATH) || path.startsWith(STAFF_PATH + "/")) && isStaff();
        String home = adminHost ? LAB_HOME : backOffice ? "/" + STAFF_PATH : "/";

        Div message = new Div(new H1(getTranslation(key + ".heading")), new Paragraph(getTranslation(key + ".text")),
                new Paragraph(new Anchor(home, getTranslation(key + ".home"))));
        message.addClassName("rugzak-error-page");
        RouterLayout frame = frame(adminHost, backOffice);
        if (frame == null) {
            // No frame for an anonymous visitor of the lab: the page is its own main landmark.
            Main main = new Main(message);
            main.setId("main-content");
            main.addClassName("rugzak-page");
            add(main);
        } else {
            frame.showRouterLayoutContent(message);
            add((Component) frame);
        }
    }

    private RouterLayout frame(boolean adminHost, boolean backOffice) {
        Instantiator instantiator = Instantiator.get(UI.getCurrent());
        if (adminHost) {
            return authentication.hasRole(TenantRealms.LAB_ADMIN_ROLE) ? instantiator.getOrCreate(LabLayout.class) : null;
        }
        return backOffice ? instantiator.getOrCreate(StaffLayout.class) : instantiator.getOrCreate(SiteLayout.class);
    }

    private boolean isStaff() {
        return authentication.hasAnyRole("editor", "moderator", "tenant-admin");
    }

    @Override
    public String getPageTitle() {
        return titleKey == null ? "" : getTranslation(titleKey);
    }
}
