package nl.rugzak.platform.api;

import nl.rugzak.tenantadmin.identity.SiteUrls;
import nl.rugzak.tenantadmin.registry.Tenant;
import nl.rugzak.tenantadmin.registry.TenantRegistry;
import nl.rugzak.tenantadmin.registry.TenantStatus;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The municipality the request's host resolved to (the tenant filter did that before anything else) and its own
 * address, for absolute links. The admin host has no API; a suspended municipality's data is not served.
 */
@Component
class ApiSite {

    private final TenantRegistry registry;
    private final SiteUrls urls;

    ApiSite(TenantRegistry registry, SiteUrls urls) {
        this.registry = registry;
        this.urls = urls;
    }

    Tenant require() {
        Tenant tenant = TenantContext.current().flatMap(registry::find).orElseThrow(() ->
                ApiProblem.notFound("There is no participation API at this address; use a municipality's own site."));
        if (tenant.status() == TenantStatus.SUSPENDED) {
            throw new ApiProblem(HttpStatus.SERVICE_UNAVAILABLE, "This municipality's participation site is "
                    + "suspended for now; its data is not available.");
        }
        return tenant;
    }

    /** The municipality's own address, e.g. {@code https://participatie.voorbeeldstad.nl}. */
    String baseUrl() {
        return urls.baseUrl(require().primaryHost());
    }
}
