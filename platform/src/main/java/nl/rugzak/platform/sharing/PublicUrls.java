package nl.rugzak.platform.sharing;

import java.util.Optional;

import nl.rugzak.tenantadmin.identity.SiteUrls;
import nl.rugzak.tenantadmin.registry.Tenant;
import nl.rugzak.tenantadmin.registry.TenantRegistry;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import org.springframework.stereotype.Component;

/**
 * Absolute links to pages of the current tenant, always on its primary host and with the scheme and port residents
 * use (the same base as the login redirects): a shared link or an embedded widget points at the one address the
 * municipality publishes, whichever alias the visitor came in on.
 */
@Component
public class PublicUrls {

    private final TenantRegistry registry;
    private final SiteUrls sites;

    public PublicUrls(TenantRegistry registry, SiteUrls sites) {
        this.registry = registry;
        this.sites = sites;
    }

    public Optional<Tenant> tenant() {
        return TenantContext.current().flatMap(registry::find);
    }

    /** The absolute URL of the path, or empty outside a tenant or for a tenant without a primary host. */
    public Optional<String> absolute(String path) {
        return tenant().map(Tenant::primaryHost).map(host -> sites.baseUrl(host) + path);
    }
}
