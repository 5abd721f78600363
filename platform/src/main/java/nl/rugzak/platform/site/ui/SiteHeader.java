package nl.rugzak.platform.site.ui;

import nl.rugzak.tenantadmin.text.UserText;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.spring.security.AuthenticationContext;
import nl.rugzak.platform.participation.ModuleManifest;
import nl.rugzak.tenantadmin.text.ui.LanguageSwitch;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/** The top of every tenant page: the municipality's name, its modules, and logging in or out. */
public class SiteHeader extends Header {

    public SiteHeader(String tenantName, List<ModuleManifest> modules, AuthenticationContext authentication,
                      List<java.util.Locale> languages) {
        addClassName("rugzak-header");
        Anchor home = new Anchor("/", tenantName);
        home.addClassName("rugzak-header-home");
        add(home);
        if (!modules.isEmpty()) {
            Nav sections = new Nav();
            sections.getElement().setAttribute("aria-label", getTranslation("site.header.sections-label"));
            UnorderedList list = new UnorderedList();
            list.addClassName("rugzak-header-sections");
            modules.forEach(module -> list.add(new ListItem(new Anchor("/" + module.path(),
                    module.name(getLocale())))));
            sections.add(list);
            add(sections);
        }
        Nav account = new Nav();
        account.getElement().setAttribute("aria-label", getTranslation("site.header.account-label"));
        account.addClassName("rugzak-header-account");
        authentication.getAuthenticatedUser(Object.class).ifPresentOrElse(user -> {
            account.add(new Span(getTranslation("site.header.logged-in-as", nameOf(user, authentication))));
            modules.forEach(module -> module.accountMenu().forEach(entry ->
                    account.add(new Anchor(entry.path(), getTranslation(entry.labelKey())))));
            account.add(new Anchor("/mijn/meldingen", getTranslation("notifications.menu")));
            account.add(new Anchor("/mijn/gegevens", getTranslation("site.header.my-data")));
            if (authentication.hasAnyRole("editor", "moderator", "tenant-admin")) {
                account.add(new Anchor("/beheer", getTranslation("site.header.staff")));
            }
            account.add(new Button(getTranslation("site.header.logout"), click -> authentication.logout()));
        }, () -> {
            Anchor login = new Anchor("/inloggen", getTranslation("site.header.login"));
            login.setRouterIgnore(true);
            account.add(login);
        });
        add(account, new LanguageSwitch(languages));
    }

    /** A notice under the header when the site can only be read (archived, or suspended for staff). */
    public static Div statusNotice(nl.rugzak.tenantadmin.registry.TenantStatus status) {
        Div notice = new Div();
        notice.addClassName("rugzak-notice");
        notice.getElement().setAttribute("role", "status");
        switch (status) {
            case ARCHIVED -> notice.setText(notice.getTranslation("site.notice.archived"));
            case SUSPENDED -> notice.setText(notice.getTranslation("site.notice.suspended"));
            default -> notice.setVisible(false);
        }
        return notice;
    }

    /** Keycloak users by their full name; any other principal (a service login) by its account name. */
    private static String nameOf(Object user, AuthenticationContext authentication) {
        if (user instanceof OidcUser oidc) {
            return UserText.nameOr(oidc.getFullName(), oidc.getPreferredUsername());
        }
        return authentication.getPrincipalName().orElse("");
    }
}
