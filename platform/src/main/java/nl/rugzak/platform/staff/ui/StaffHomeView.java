package nl.rugzak.platform.staff.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import nl.rugzak.platform.participation.ModuleManifest;
import nl.rugzak.platform.participation.ModuleManifests;
import nl.rugzak.platform.participation.WaitingForStaff;
import nl.rugzak.tenantadmin.registry.TenantRegistry;
import nl.rugzak.tenantadmin.tenancy.TenantContext;

/** Where municipal staff start: what is waiting for them. */
@Route(value = "beheer", layout = StaffLayout.class)
@RolesAllowed({"editor", "moderator", "tenant-admin"})
public class StaffHomeView extends Div implements HasDynamicTitle {

    public StaffHomeView(TenantRegistry registry, ModuleManifests modules, AuthenticationContext authentication) {
        var tenant = registry.find(TenantContext.require()).orElseThrow();
        add(new H1(getTranslation("staff.home.heading", tenant.displayName())));
        UnorderedList waiting = new UnorderedList();
        for (ModuleManifest module : modules.enabledInOrder()) {
            for (WaitingForStaff counter : module.waitingForStaff()) {
                if (counter.roles().stream().anyMatch(authentication::hasRole)) {
                    waiting.add(new ListItem(new Anchor(counter.link(), counter.describe(getLocale()))));
                }
            }
        }
        if (authentication.hasAnyRole("moderator", "tenant-admin")) {
            waiting.add(new ListItem(new Anchor("/beheer/moderatie", getTranslation("staff.home.moderation"))));
        }
        add(new Paragraph(getTranslation("staff.home.waiting")), waiting);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staff.home.title");
    }
}
