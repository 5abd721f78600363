package nl.rugzak.platform.tenancy;

import jakarta.servlet.http.HttpServletRequest;
import nl.rugzak.tenantadmin.registry.TenantNaming;

/**
 * The host a request was meant for, as a registry key. The server name is the Host header's, or the X-Forwarded-Host
 * of a trusted proxy ({@link TrustedProxies}); nobody else's forwarding headers get this far.
 */
final class RequestHost {

    private RequestHost() {
    }

    static String of(HttpServletRequest request) {
        String host = request.getServerName();
        return host == null ? "" : TenantNaming.normaliseHost(host);
    }
}
