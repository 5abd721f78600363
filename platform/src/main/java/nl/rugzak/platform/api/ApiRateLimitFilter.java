package nl.rugzak.platform.api;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/** Every API request counts against its address's shared budget, before anything else is done for it. */
class ApiRateLimitFilter extends OncePerRequestFilter {

    private final ApiRateLimits limits;

    ApiRateLimitFilter(ApiRateLimits limits) {
        this.limits = limits;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            limits.checkAddress(request.getRemoteAddr());
        } catch (ApiRateLimits.TooManyRequests refused) {
            response.setHeader("Retry-After", String.valueOf(refused.retryAfterSeconds()));
            ApiProblemWriter.write(request, response, 429, refused.getMessage());
            return;
        }
        chain.doFilter(request, response);
    }
}
