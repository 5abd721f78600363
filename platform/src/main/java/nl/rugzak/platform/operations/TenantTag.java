package nl.rugzak.platform.operations;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The value of the {@code tenant} tag of a metric: the municipality's slug, {@code admin} for the lab's host, and
 * {@code none} for a request that reached no site (an unknown host, a probe). Kept as a request attribute, because
 * a request's metrics are written after its tenant was let go.
 */
public final class TenantTag extends OncePerRequestFilter {

    static final String ATTRIBUTE = TenantTag.class.getName();
    public static final String ADMIN = "admin";
    public static final String NONE = "none";

    /** The tag of the work this thread does now (a request, a job for one tenant), or of the lab without one. */
    public static String current() {
        return TenantContext.current().map(tenant -> tenant.slug()).orElse(ADMIN);
    }

    static String of(ServletRequest request) {
        return request.getAttribute(ATTRIBUTE) instanceof String tag ? tag : NONE;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        request.setAttribute(ATTRIBUTE, current());
        chain.doFilter(request, response);
    }
}
