package nl.rugzak.platform.tenancy;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.apache.catalina.util.NetMaskSet;
import org.apache.catalina.valves.RemoteIpValve;

/**
 * Behind a TLS-terminating proxy the application sees plain HTTP from the proxy. Tomcat's own RemoteIpValve takes
 * the visitor's scheme, host, port and address from the X-Forwarded-* headers, but only from the configured proxies:
 * then redirects, the login's redirect URI, Secure cookies and HSTS follow what the visitor used. From anyone else
 * those headers change nothing, and after the valve nobody reads them (Spring's ForwardedHeaderFilter in remove-only
 * mode drops them for everything behind it).
 */
final class TrustedProxies {

    private TrustedProxies() {
    }

    static Optional<RemoteIpValve> valve(List<String> proxies) {
        if (proxies.isEmpty()) {
            return Optional.empty();
        }
        // Tomcat reads a list with a "/" as CIDR ranges and anything else as one regular expression, in which "." is
        // any character: exact addresses become ranges of one address.
        String ranges = proxies.stream().map(TrustedProxies::asRange).collect(Collectors.joining(","));
        try {
            NetMaskSet.parse(ranges);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("rugzak.trusted-proxies (RUGZAK_TRUSTED_PROXIES) must list IP addresses "
                    + "or CIDR ranges, comma separated; got: " + String.join(",", proxies), e);
        }
        RemoteIpValve valve = new RemoteIpValve();
        valve.setInternalProxies(ranges);
        valve.setTrustedProxies(null);
        valve.setRemoteIpHeader("X-Forwarded-For");
        valve.setProtocolHeader("X-Forwarded-Proto");
        valve.setHostHeader("X-Forwarded-Host");
        valve.setPortHeader("X-Forwarded-Port");
        return Optional.of(valve);
    }

    private static String asRange(String proxy) {
        if (proxy.contains("/")) {
            return proxy;
        }
        return proxy + (proxy.contains(":") ? "/128" : "/32");
    }
}
