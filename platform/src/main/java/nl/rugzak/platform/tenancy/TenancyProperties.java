package nl.rugzak.platform.tenancy;

import java.util.List;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param adminHost      the control plane's host; never a tenant's
 * @param trustedProxies addresses whose X-Forwarded-Host / Forwarded headers are believed; all others are ignored
 */
@ConfigurationProperties(prefix = "rugzak")
public record TenancyProperties(String adminHost, List<String> trustedProxies) {

    public TenancyProperties {
        adminHost = adminHost == null || adminHost.isBlank() ? "admin.localhost" : adminHost.toLowerCase(Locale.ROOT);
        trustedProxies = trustedProxies == null ? List.of()
                : trustedProxies.stream().map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
