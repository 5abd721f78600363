package nl.rugzak.platform.api;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A write counts against its token's shared budget once the token is checked: one resident cannot spend the budget
 * of an address that many residents share (a town hall's Wi-Fi), and the limit follows the token across instances.
 */
class TokenRateLimitFilter extends OncePerRequestFilter {

    private final ApiRateLimits limits;

    TokenRateLimitFilter(ApiRateLimits limits) {
        this.limits = limits;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication resident = SecurityContextHolder.getContext().getAuthentication();
        if (resident != null && resident.isAuthenticated()) {
            try {
                limits.check(resident.getName());
            } catch (ApiRateLimits.TooManyRequests refused) {
                response.setHeader("Retry-After", String.valueOf(refused.retryAfterSeconds()));
                ApiProblemWriter.write(request, response, 429, refused.getMessage());
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
