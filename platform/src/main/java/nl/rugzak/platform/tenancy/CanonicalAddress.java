package nl.rugzak.platform.tenancy;

import java.net.URI;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import nl.rugzak.tenantadmin.identity.SiteUrls;

/**
 * A site has one address: the one its login is registered under in Keycloak. Reached with the host spelled
 * otherwise (capitals, a trailing dot) or on another port, it sends the visitor there before anything else, or
 * the login would hand Keycloak a redirect URI it refuses.
 */
final class CanonicalAddress {

    private final SiteUrls sites;

    CanonicalAddress(SiteUrls sites) {
        this.sites = sites;
    }

    /** The same page at the site's own address, when the request used another one. */
    Optional<String> elsewhere(HttpServletRequest request, String registeredHost) {
        String base = sites.baseUrl(registeredHost);
        if (authorityOf(request).equals(URI.create(base).getRawAuthority())) {
            return Optional.empty();
        }
        String query = request.getQueryString();
        return Optional.of(base + request.getRequestURI() + (query == null ? "" : "?" + query));
    }

    /**
     * Host and port as the visitor used them. The scheme is left out on purpose: a proxy that forgets
     * X-Forwarded-Proto would otherwise be sent round in circles; the port already tells a direct visit apart.
     */
    private static String authorityOf(HttpServletRequest request) {
        int port = request.getServerPort();
        boolean defaultPort = port <= 0 || ("http".equals(request.getScheme()) && port == 80)
                || ("https".equals(request.getScheme()) && port == 443);
        return request.getServerName() + (defaultPort ? "" : ":" + port);
    }
}
