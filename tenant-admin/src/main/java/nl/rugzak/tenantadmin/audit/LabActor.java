package nl.rugzak.tenantadmin.audit;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is acting, as the audit log names them. Work without a logged-in person is "systeem". */
public final class LabActor {

    public static final String SYSTEM = "systeem";

    private LabActor() {
    }

    public static String current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            return SYSTEM;
        }
        // For an OIDC login this is the preferred username (the registration's user name attribute).
        return authentication.getName();
    }
}
