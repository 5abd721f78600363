package nl.rugzak.tenantadmin.theming;

import nl.rugzak.tenantadmin.identity.TenantRealms;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import nl.rugzak.tenantadmin.tenancy.TenantId;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who may edit which tenant's theme: lab staff any tenant's; a tenant's own admin only the tenant of the current
 * request (its host), whatever tenant id the caller passes.
 */
@Component("themeAccess")
public class ThemeAccess {

    /**
     * For {@code @PreAuthorize}: {@code @themeAccess.allows(authentication, #tenant)}. The authentication comes from
     * method security (the application's own security context), not from a static holder.
     */
    public boolean allows(Authentication authentication, TenantId tenant) {
        if (authentication == null || !authentication.isAuthenticated() || tenant == null) {
            return false;
        }
        boolean labAdmin = has(authentication, "ROLE_" + TenantRealms.LAB_ADMIN_ROLE);
        // Lab staff log in on the admin host only, which has no tenant.
        if (labAdmin && TenantContext.current().isEmpty()) {
            return true;
        }
        return has(authentication, "ROLE_tenant-admin") && TenantContext.current().map(tenant::equals).orElse(false);
    }

    private static boolean has(Authentication authentication, String authority) {
        return authentication.getAuthorities().stream().anyMatch(a -> authority.equals(a.getAuthority()));
    }
}
