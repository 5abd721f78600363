package nl.rugzak.platform.tenancy;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.rugzak.tenantadmin.registry.TenantRegistry;
import nl.rugzak.tenantadmin.registry.TenantStatus;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * At a suspended municipality residents see a notice; its staff may still log in and look around (their writes
 * are refused by the services). Runs after Spring Security has restored the login.
 */
public class SuspensionGate extends OncePerRequestFilter {

    private static final Set<String> STAFF = Set.of("ROLE_editor", "ROLE_moderator", "ROLE_tenant-admin");

    private final TenantRegistry registry;
    private final SecurityContextHolderStrategy security;

    public SuspensionGate(TenantRegistry registry, SecurityContextHolderStrategy security) {
        this.registry = registry;
        this.security = security;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var tenant = TenantContext.current().flatMap(registry::find);
        if (tenant.isEmpty() || tenant.get().status() != TenantStatus.SUSPENDED || isStaff() || isLoginPath(request)
                || isSecurityContact(request)) {
            chain.doFilter(request, response);
            return;
        }
        PlainPages.suspended(response, tenant.get().displayName());
    }

    private boolean isStaff() {
        Authentication authentication = security.getContext().getAuthentication();
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(authority -> STAFF.contains(authority.getAuthority()));
    }

    /** A vulnerability in a suspended site still needs reporting: its security.txt stays readable. */
    private static boolean isSecurityContact(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length()).equals("/.well-known/security.txt");
    }

    private static boolean isLoginPath(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/inloggen") || path.startsWith("/oauth2/") || path.startsWith("/login/oauth2/")
                || path.equals("/logout") || path.startsWith("/VAADIN/");
    }
}
