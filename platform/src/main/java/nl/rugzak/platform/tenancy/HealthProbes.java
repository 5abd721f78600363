package nl.rugzak.platform.tenancy;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The health endpoint the platform's probes call (liveness and readiness). The probes address the application by
 * its own address, not by a site's host, and log in to nothing; what they read is a status, no details.
 */
public final class HealthProbes {

    public static final String PATH = "/actuator/health";

    private HealthProbes() {
    }

    public static boolean isProbe(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return "GET".equals(request.getMethod()) && (path.equals(PATH) || path.startsWith(PATH + "/"));
    }
}
