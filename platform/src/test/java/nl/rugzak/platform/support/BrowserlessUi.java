package nl.rugzak.platform.support;

import java.util.List;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;

/** A browserless Vaadin UI (karibu) for the person currently logged in to the test thread, or for nobody. */
public final class BrowserlessUi {

    private BrowserlessUi() {
    }

    public static void open(ApplicationContext context, Authentication who) {
        MockVaadin.setMockRequestFactory(session -> {
            FakeRequest request = new FakeRequest(session);
            if (who != null) {
                request.setUserPrincipalInt(who);
                request.setUserInRole((principal, role) -> who.getAuthorities().stream()
                        .anyMatch(a -> a.getAuthority().equals("ROLE_" + role)));
            }
            return request;
        });
        Routes routes = new Routes().autoDiscoverViews("nl.rugzak");
        // Karibu's own "not found" and "access denied" views throw, so a browserless test fails loudly where a page
        // is missing; the site's error pages (their frame, text and status) are tested over HTTP in ErrorPagesIT.
        routes.getErrorRoutes().removeIf(view -> view.getName().startsWith("nl.rugzak."));
        routes.addErrorRoutes(com.github.mvysny.kaributesting.v10.MockRouteNotFoundError.class,
                com.github.mvysny.kaributesting.v10.MockRouteAccessDeniedError.class);
        MockVaadin.setup(UI::new, new MockSpringServlet(routes, context, UI::new));
    }

    public static void close() {
        MockVaadin.tearDown();
    }

    /** As someone with these roles, logged in through the application's own security context (e.g. a lab admin). */
    public static void openAs(ApplicationContext context, String user, String... roles) {
        var principal = new org.springframework.security.authentication.TestingAuthenticationToken(user, "n/a",
                java.util.Arrays.stream(roles).map(r -> "ROLE_" + r).toArray(String[]::new));
        var security = context.getBean(org.springframework.security.core.context.SecurityContextHolderStrategy.class);
        var securityContext = security.createEmptyContext();
        securityContext.setAuthentication(principal);
        security.setContext(securityContext);
        // Vaadin's AuthenticationContext reads the static holder; see SiteUi.
        org.springframework.security.core.context.SecurityContextHolder.setContext(securityContext);
        open(context, principal);
    }

    /** Closes a UI opened with {@link #openAs}, logging out again. */
    public static void closeAs(ApplicationContext context) {
        context.getBean(org.springframework.security.core.context.SecurityContextHolderStrategy.class).clearContext();
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
        close();
    }

    /** The text a reader sees, the sanitised HTML of comments included. */
    public static String text(Component component) {
        return Jsoup.parseBodyFragment(component.getElement().getOuterHTML()).text();
    }

    /**
     * The component as the browser would build it (innerHTML included), checked for anything that could run
     * script: elements other than plain text markup, event handler or style attributes, script URLs.
     */
    public static String assertNoScriptCanRun(Component component) {
        String html = component.getElement().getOuterHTML();
        for (Element element : Jsoup.parseBodyFragment(html).body().getAllElements()) {
            if (List.of("script", "img", "iframe", "svg", "style", "object", "embed", "math").contains(element.tagName())) {
                throw new AssertionError("<" + element.tagName() + "> in " + html);
            }
            for (Attribute attribute : element.attributes()) {
                String key = attribute.getKey().toLowerCase();
                String value = attribute.getValue().toLowerCase().strip();
                // Vaadin's own elements carry sizes as inline style; no one else may.
                boolean ownStyle = key.equals("style") && element.tagName().startsWith("vaadin-");
                if (key.startsWith("on") || (key.equals("style") && !ownStyle) || key.equals("srcdoc")
                        || value.startsWith("javascript:") || value.startsWith("data:")) {
                    throw new AssertionError(key + "=\"" + attribute.getValue() + "\" in " + html);
                }
            }
        }
        return Jsoup.parseBodyFragment(html).text();
    }
}
