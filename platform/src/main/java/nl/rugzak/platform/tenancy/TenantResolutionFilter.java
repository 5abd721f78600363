package nl.rugzak.platform.tenancy;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import nl.rugzak.tenantadmin.identity.SiteUrls;
import nl.rugzak.tenantadmin.registry.Tenant;
import nl.rugzak.tenantadmin.registry.TenantRegistry;
import nl.rugzak.tenantadmin.registry.TenantStatus;
import nl.rugzak.tenantadmin.schemas.SchemaHealth;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import nl.rugzak.tenantadmin.tenancy.TenantId;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The first thing every request meets: the host decides the tenant. An unknown host, or a tenant still being
 * provisioned, gets a plain 404 (never a default tenant); a tenant whose schema could not be migrated gets a
 * maintenance page, a deleted one a notice; the admin host runs without a tenant. Suspended tenants pass on to
 * {@code SuspensionGate}, which knows who is logged in. A site reached at another spelling of its address is sent to
 * its own address first ({@link CanonicalAddress}). A session belongs to the site it was created on; shown at another site it is dropped.
 */
public class TenantResolutionFilter extends OncePerRequestFilter {

    static final String SESSION_SITE = TenantResolutionFilter.class.getName() + ".site";
    private static final String ADMIN_SITE = "admin";

    private final TenantRegistry registry;
    private final SchemaHealth health;
    private final CanonicalAddress canonical;
    private final String adminHost;

    public TenantResolutionFilter(TenantRegistry registry, SchemaHealth health, TenancyProperties properties,
                                  SiteUrls sites) {
        this.registry = registry;
        this.health = health;
        this.canonical = new CanonicalAddress(sites);
        this.adminHost = properties.adminHost();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String host = RequestHost.of(request);
        if (host.equals(adminHost)) {
            if (sentToCanonicalAddress(request, response, adminHost)) {
                return;
            }
            continueAs(null, () -> chain.doFilter(new SiteBoundRequest(request, ADMIN_SITE), response));
            return;
        }
        Optional<Tenant> tenant = registry.findByHost(host).filter(t -> t.status() != TenantStatus.PROVISIONING);
        if (tenant.isEmpty()) {
            PlainPages.notFound(response);
            return;
        }
        if (sentToCanonicalAddress(request, response, host)) {
            return;
        }
        if (tenant.get().status() == TenantStatus.DELETED) {
            PlainPages.closed(response, tenant.get().displayName());
            return;
        }
        if (!health.isHealthy(tenant.get().id())) {
            PlainPages.maintenance(response, tenant.get().displayName());
            return;
        }
        continueAs(tenant.get().id(),
                () -> chain.doFilter(new SiteBoundRequest(request, "tenant:" + tenant.get().id().slug()), response));
    }

    private boolean sentToCanonicalAddress(HttpServletRequest request, HttpServletResponse response, String host) {
        Optional<String> elsewhere = canonical.elsewhere(request, host);
        elsewhere.ifPresent(location -> {
            // Permanent, so search engines and bookmarks learn the address; 308 keeps a form's method and body.
            boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
            response.setStatus(read ? HttpServletResponse.SC_MOVED_PERMANENTLY : 308);
            response.setHeader("Location", location);
        });
        return elsewhere.isPresent();
    }

    private static void continueAs(TenantId tenant, TenantContext.CheckedWork<Exception> chain)
            throws IOException, ServletException {
        try {
            TenantContext.runChecked(tenant, chain);
        } catch (IOException | ServletException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }

    /** Hands out only sessions of this site; a session from another site is invalidated, not reused. */
    private static final class SiteBoundRequest extends HttpServletRequestWrapper {
        private final String site;

        SiteBoundRequest(HttpServletRequest request, String site) {
            super(request);
            this.site = site;
            HttpSession existing = request.getSession(false);
            if (existing != null) {
                Object boundTo = existing.getAttribute(SESSION_SITE);
                if (boundTo != null && !boundTo.equals(site)) {
                    existing.invalidate();
                }
            }
        }

        @Override
        public HttpSession getSession(boolean create) {
            HttpSession session = super.getSession(create);
            if (session != null) {
                Object boundTo = session.getAttribute(SESSION_SITE);
                if (boundTo == null) {
                    session.setAttribute(SESSION_SITE, site);
                } else if (!boundTo.equals(site)) {
                    session.invalidate();
                    return create ? bind(super.getSession(true)) : null;
                }
            }
            return session;
        }

        @Override
        public HttpSession getSession() {
            return getSession(true);
        }

        private HttpSession bind(HttpSession session) {
            session.setAttribute(SESSION_SITE, site);
            return session;
        }
    }
}
