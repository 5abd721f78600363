package nl.rugzak.platform.tenancy;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The admin host's front door is the list of municipalities. A plain redirect before Vaadin: forwarding there from
 * the router failed right after a login (Vaadin could not resolve the target), which left lab staff on an error page.
 * Vaadin's own requests ({@code ?v-r=init}, {@code ?v-r=uidl}) also go to {@code /} on every page; redirecting those
 * left each lab page blank in a real browser, so only a plain visit is sent on.
 */
class AdminHostFrontDoor extends OncePerRequestFilter {

    static final String TENANT_LIST = "/tenantbeheer";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if ("GET".equals(request.getMethod()) && "/".equals(request.getRequestURI())
                && request.getParameter("v-r") == null && TenantContext.current().isEmpty()) {
            response.sendRedirect(TENANT_LIST);
            return;
        }
        chain.doFilter(request, response);
    }
}
