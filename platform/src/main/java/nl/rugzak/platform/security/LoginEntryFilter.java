package nl.rugzak.platform.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.rugzak.platform.tenancy.PlainPages;
import nl.rugzak.tenantadmin.identity.TenantRealms;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code /inloggen} sends the visitor to the login of this host's realm. When Keycloak cannot be reached (or this
 * site's realm is not ready yet) the visitor gets a clear message instead of a browser error or a hanging page.
 */
class LoginEntryFilter extends OncePerRequestFilter {

    static final String LOGIN_PATH = "/inloggen";
    private static final String AUTHORIZATION_PATH = "/oauth2/authorization/";

    private final TenantRealms realms;

    LoginEntryFilter(TenantRealms realms) {
        this.realms = realms;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean entry = path.equals(LOGIN_PATH);
        if (!entry && !path.startsWith(AUTHORIZATION_PATH)) {
            chain.doFilter(request, response);
            return;
        }
        String realm = TenantClientRegistrations.currentRealm();
        if (!loginPossible(realm)) {
            unavailable(response);
            return;
        }
        if (entry) {
            response.sendRedirect(request.getContextPath() + AUTHORIZATION_PATH
                    + TenantClientRegistrations.registrationIdOf(realm));
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean loginPossible(String realm) {
        return realms.enabled() && realms.client(realm).isPresent() && realms.server().isReachable(realm);
    }

    static void unavailable(HttpServletResponse response) throws IOException {
        response.setHeader("Retry-After", "60");
        PlainPages.write(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "Inloggen lukt nu niet", """
                <h1>Inloggen lukt nu niet</h1>
                <p>Inloggen is op dit moment tijdelijk niet mogelijk. Probeer het over een paar minuten opnieuw.
                U kunt de site wel gewoon bekijken.</p>
                <p><a href="/">Naar de startpagina</a></p>
                <p lang="en">Logging in is temporarily not possible. Please try again in a few minutes.</p>""");
    }
}
