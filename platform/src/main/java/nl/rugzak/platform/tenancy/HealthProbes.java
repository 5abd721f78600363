package nl.rugzak.platform.tenancy;

/**
 * The Actuator paths the platform's probes and Prometheus read. They are served on the management port only
 * ({@code management.server.port}, 8081), where none of the sites' filters run: no tenant, no host lookup, no outage
 * page. Spring Security does guard that port too (Boot applies the application's filter chain there), so these paths
 * are let through it; on the sites' port they do not exist.
 */
public final class HealthProbes {

    public static final String[] PATHS = {"/actuator/health", "/actuator/health/**", "/actuator/prometheus"};

    private HealthProbes() {
    }
}
