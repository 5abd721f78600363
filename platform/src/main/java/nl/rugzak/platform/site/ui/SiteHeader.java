package nl.rugzak.platform.site.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/** The top of every tenant page: the municipality's name, and logging in or out. */
public class SiteHeader extends Header {

    public SiteHeader(String tenantName, AuthenticationContext authentication) {
        addClassName("rugzak-header");
        Anchor home = new Anchor("/", tenantName);
        home.addClassName("rugzak-header-home");
        Nav nav = new Nav();
        nav.getElement().setAttribute("aria-label", "Account");
        authentication.getAuthenticatedUser(OidcUser.class).ifPresentOrElse(user -> {
            nav.add(new Span("Ingelogd als " + (user.getFullName() != null ? user.getFullName() : user.getPreferredUsername())));
            if (authentication.hasAnyRole("editor", "moderator", "tenant-admin")) {
                nav.add(new Anchor("/beheer", "Beheer"));
            }
            nav.add(new Button("Uitloggen", click -> authentication.logout()));
        }, () -> {
            Anchor login = new Anchor("/inloggen", "Inloggen");
            login.setRouterIgnore(true);
            nav.add(login);
        });
        add(home, nav);
    }

    /** A notice under the header when the site can only be read (archived, or suspended for staff). */
    public static Div statusNotice(nl.rugzak.tenantadmin.registry.TenantStatus status) {
        Div notice = new Div();
        notice.addClassName("rugzak-notice");
        notice.getElement().setAttribute("role", "status");
        switch (status) {
            case ARCHIVED -> notice.setText("Deze site is gearchiveerd. U kunt alles nog lezen, maar niet meer reageren.");
            case SUSPENDED -> notice.setText("Deze site is tijdelijk opgeschort. Bewoners zien hem nu niet; u kunt alleen lezen.");
            default -> notice.setVisible(false);
        }
        return notice;
    }
}
