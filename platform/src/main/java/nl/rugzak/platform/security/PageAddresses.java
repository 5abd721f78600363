package nl.rugzak.platform.security;

import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Page requests that Vaadin's router must answer itself: an address without a view (its "not found" page, 404) and a
 * view that a logged-in visitor may not see (its "no access" page, 403). Vaadin's security configurer refuses both
 * before the router runs, which gave anonymous visitors a login redirect for a page that does not exist and
 * logged-in visitors a bare 403 outside the site. A known view asked for anonymously keeps Vaadin's own rule (log in
 * first, or open when the view allows it); the view's access annotation still decides for logged-in visitors.
 * Only plain GETs: Vaadin's own requests ({@code ?v-r=}) and every other method keep the configurer's rules.
 */
final class PageAddresses implements RequestMatcher {

    private final SecurityContextHolderStrategy security;

    PageAddresses(SecurityContextHolderStrategy security) {
        this.security = security;
    }

    @Override
    public boolean matches(HttpServletRequest request) {
        if (!HttpMethod.GET.matches(request.getMethod()) || request.getParameter("v-r") != null) {
            return false;
        }
        String route = request.getRequestURI().substring(request.getContextPath().length()).replaceFirst("^/", "");
        if (route.startsWith("VAADIN/")) {
            return false;
        }
        var routes = ApplicationRouteRegistry.getInstance(new VaadinServletContext(request.getServletContext()));
        if (!routes.getNavigationRouteTarget(route).hasTarget()) {
            return true;
        }
        Authentication visitor = security.getContext().getAuthentication();
        return visitor != null && visitor.isAuthenticated() && !(visitor instanceof AnonymousAuthenticationToken);
    }
}
