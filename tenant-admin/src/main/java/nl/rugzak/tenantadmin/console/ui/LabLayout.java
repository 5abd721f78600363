package nl.rugzak.tenantadmin.console.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import nl.rugzak.tenantadmin.identity.TenantRealms;
import nl.rugzak.tenantadmin.text.Texts;
import nl.rugzak.tenantadmin.text.ui.LanguageSwitch;

/** The frame of every control-plane page: what it is, where to go, who is logged in. */
@RolesAllowed(TenantRealms.LAB_ADMIN_ROLE)
public class LabLayout extends Div implements RouterLayout {

    public LabLayout(AuthenticationContext authentication) {
        Header header = new Header();
        header.addClassName("rugzak-header");
        Span title = new Span("Co-creatie Lab · tenantbeheer");
        title.addClassName("rugzak-header-home");
        Nav nav = new Nav();
        nav.getElement().setAttribute("aria-label", "Tenantbeheer");
        nav.add(new RouterLink("Gemeenten", TenantListView.class),
                new RouterLink("Nieuwe gemeente", NewTenantView.class),
                new RouterLink("Herstellen", RestoreTenantView.class),
                new RouterLink("Abonnementen", nl.rugzak.tenantadmin.billing.ui.BillingPlansView.class),
                new RouterLink("Auditlog", AuditLogView.class));
        authentication.getPrincipalName().ifPresent(name -> {
            Button logout = new Button("Uitloggen (" + name + ")", click -> authentication.logout());
            logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            nav.add(logout);
        });
        header.add(title, nav, new LanguageSwitch(Texts.LANGUAGES));
        add(header);
    }
}
