package nl.rugzak.platform.staff.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import nl.rugzak.platform.initiatives.InitiativeFilter;
import nl.rugzak.platform.initiatives.InitiativeSearch;
import nl.rugzak.platform.initiatives.InitiativeStatus;
import nl.rugzak.platform.initiatives.Initiatives;
import nl.rugzak.platform.initiatives.InitiativesModule;
import nl.rugzak.platform.modules.EnabledModules;
import nl.rugzak.tenantadmin.registry.TenantRegistry;
import nl.rugzak.tenantadmin.tenancy.TenantContext;

/** Where municipal staff start: what is waiting for them. */
@Route(value = "beheer", layout = StaffLayout.class)
@PageTitle("Beheer")
@RolesAllowed({"editor", "moderator", "tenant-admin"})
public class StaffHomeView extends Div {

    public StaffHomeView(TenantRegistry registry, EnabledModules modules, InitiativeSearch search,
                         Initiatives initiatives, AuthenticationContext authentication) {
        var tenant = registry.find(TenantContext.require()).orElseThrow();
        add(new H1("Beheer van " + tenant.displayName()));
        UnorderedList waiting = new UnorderedList();
        if (modules.isEnabled(InitiativesModule.ID)) {
            long submitted = search.forStaff(new InitiativeFilter(null, InitiativeStatus.SUBMITTED, null, null,
                    InitiativeFilter.Order.NEWEST), 0).total();
            waiting.add(new ListItem(new Anchor("/beheer/initiatieven?status=SUBMITTED",
                    submitted + (submitted == 1 ? " ingediend initiatief wacht" : " ingediende initiatieven wachten")
                            + " op publicatie")));
            if (authentication.hasAnyRole("editor", "tenant-admin")) {
                int proposals = initiatives.linkProposals().size();
                waiting.add(new ListItem(new Anchor("/beheer/initiatieven",
                        proposals + (proposals == 1 ? " voorstel" : " voorstellen") + " om een initiatief aan een thema te koppelen")));
            }
        }
        if (authentication.hasAnyRole("moderator", "tenant-admin")) {
            waiting.add(new ListItem(new Anchor("/beheer/moderatie", "Meldingen en de wachtrij voor moderatie")));
        }
        add(new Paragraph("Dit wacht op u:"), waiting);
    }
}
