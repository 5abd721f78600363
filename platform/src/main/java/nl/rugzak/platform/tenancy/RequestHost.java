package nl.rugzak.platform.tenancy;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import nl.rugzak.tenantadmin.registry.TenantNaming;

/**
 * The host a request was meant for. Forwarding headers are taken only from a configured proxy; from anyone else
 * they are ignored, or a visitor could name another tenant's host while talking to this one.
 */
final class RequestHost {

    private final TenancyProperties properties;

    RequestHost(TenancyProperties properties) {
        this.properties = properties;
    }

    String of(HttpServletRequest request) {
        String host = null;
        if (properties.trustedProxies().contains(request.getRemoteAddr())) {
            host = forwardedHost(request.getHeader("Forwarded"));
            if (host == null) {
                host = firstValue(request.getHeader("X-Forwarded-Host"));
            }
        }
        if (host == null) {
            host = request.getHeader("Host");
        }
        return host == null ? "" : TenantNaming.normaliseHost(withoutPort(host));
    }

    private static String forwardedHost(String forwarded) {
        String first = firstValue(forwarded);
        if (first == null) {
            return null;
        }
        for (String pair : first.split(";")) {
            String[] parts = pair.trim().split("=", 2);
            if (parts.length == 2 && parts[0].trim().toLowerCase(Locale.ROOT).equals("host")) {
                return parts[1].trim().replace("\"", "");
            }
        }
        return null;
    }

    private static String firstValue(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        return header.split(",")[0].trim();
    }

    private static String withoutPort(String host) {
        if (host.startsWith("[")) {
            int end = host.indexOf(']');
            return end > 0 ? host.substring(0, end + 1) : host;
        }
        int colon = host.lastIndexOf(':');
        return colon > 0 ? host.substring(0, colon) : host;
    }
}
