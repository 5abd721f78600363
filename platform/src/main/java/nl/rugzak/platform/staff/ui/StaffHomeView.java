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
import nl.rugzak.platform.participation.initiatives.InitiativeFilter;
import nl.rugzak.platform.participation.initiatives.InitiativeSearch;
import nl.rugzak.platform.participation.initiatives.InitiativeStatus;
import nl.rugzak.platform.participation.initiatives.Initiatives;
import nl.rugzak.platform.participation.initiatives.InitiativesModule;
import nl.rugzak.platform.modules.EnabledModules;
import nl.rugzak.tenantadmin.registry.TenantRegistry;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import nl.rugzak.tenantadmin.text.Texts;

/** Where municipal staff start: what is waiting for them. */
@Route(value = "beheer", layout = StaffLayout.class)
@RolesAllowed({"editor", "moderator", "tenant-admin"})
public class StaffHomeView extends Div implements HasDynamicTitle {

    public StaffHomeView(TenantRegistry registry, EnabledModules modules, InitiativeSearch search,
                         Initiatives initiatives, AuthenticationContext authentication) {
        var tenant = registry.find(TenantContext.require()).orElseThrow();
        add(new H1(getTranslation("staff.home.heading", tenant.displayName())));
        UnorderedList waiting = new UnorderedList();
        if (modules.isEnabled(InitiativesModule.ID)) {
            long submitted = search.forStaff(new InitiativeFilter(null, InitiativeStatus.SUBMITTED, null, null,
                    InitiativeFilter.Order.NEWEST), 0).total();
            waiting.add(new ListItem(new Anchor("/beheer/initiatieven?status=SUBMITTED",
                    Texts.count(getLocale(), "staff.home.submitted", submitted))));
            if (authentication.hasAnyRole("editor", "tenant-admin")) {
                int proposals = initiatives.linkProposals().size();
                waiting.add(new ListItem(new Anchor("/beheer/initiatieven",
                        Texts.count(getLocale(), "staff.home.proposals", proposals))));
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
