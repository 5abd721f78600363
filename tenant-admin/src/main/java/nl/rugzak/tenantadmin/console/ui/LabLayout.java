package nl.rugzak.tenantadmin.console.ui;

import nl.rugzak.tenantadmin.text.ui.SkipLink;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import java.util.Comparator;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
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
        SkipLink skip = new SkipLink();
        add(skip);
        Header header = new Header();
        header.addClassName("rugzak-header");
        Span title = new Span(getTranslation("console.layout.title"));
        title.addClassName("rugzak-header-home");
        Nav nav = new Nav();
        nav.getElement().setAttribute("aria-label", getTranslation("console.layout.nav"));
        RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .map(RouteData::getNavigationTarget)
                .filter(view -> view.isAnnotationPresent(LabMenuEntry.class))
                .distinct()
                .sorted(Comparator.comparingInt(view -> view.getAnnotation(LabMenuEntry.class).order()))
                .forEach(view -> nav.add(new RouterLink(getTranslation(view.getAnnotation(LabMenuEntry.class).labelKey()),
                        view)));
        authentication.getPrincipalName().ifPresent(name -> {
            Button logout = new Button(getTranslation("console.layout.logout", name), click -> authentication.logout());
            logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            nav.add(logout);
        });
        header.add(title, nav, new LanguageSwitch(Texts.LANGUAGES));
        add(header);
    }

    /** Each lab page is a {@code main#main-content}; it takes focus from the skip link. */
    @Override
    public void showRouterLayoutContent(HasElement content) {
        RouterLayout.super.showRouterLayoutContent(content);
        if (content != null) {
            content.getElement().setAttribute("tabindex", "-1");
        }
    }
}
