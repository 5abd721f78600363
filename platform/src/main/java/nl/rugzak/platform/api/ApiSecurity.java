package nl.rugzak.platform.api;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.DefaultCorsProcessor;
import org.springframework.web.filter.CorsFilter;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.ServerHttpResponse;

/**
 * The API's own filter chain, before the site's: it never reads or creates a session (so a logged-in resident's or
 * editor's cookie changes nothing and every answer may be cached publicly), needs no CSRF token (nothing here
 * changes state), and answers CORS only for the origins the municipality's admin listed.
 *
 * <p>Reads are open to anyone. Writes never reach this chain: {@link ApiWriteSecurity}'s chain, before it, takes them
 * with a resident's bearer token of the tenant's realm.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurity {

    @Bean
    @Order(10)
    SecurityFilterChain apiFilterChain(HttpSecurity http, ApiOrigins origins) throws Exception {
        http.securityMatcher(ApiController.BASE, ApiController.BASE + "/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET).permitAll()
                        .requestMatchers(HttpMethod.HEAD).permitAll()
                        .requestMatchers(HttpMethod.OPTIONS).permitAll()
                        .anyRequest().denyAll())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                // No session to end and no servlet login API to offer: two filters less on every read.
                .logout(logout -> logout.disable())
                .servletApi(servletApi -> servletApi.disable())
                .addFilterBefore(corsFilter(origins), org.springframework.security.web.csrf.CsrfFilter.class)
                // Only reads exist yet: anything else is refused the same way whoever asks (anonymous or not).
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, denied) -> notAllowed(request, response))
                        .accessDeniedHandler((request, response, denied) -> notAllowed(request, response)))
                .headers(headers -> headers
                        .cacheControl(cache -> cache.disable())
                        .frameOptions(frame -> frame.deny())
                        .contentTypeOptions(nosniff -> { })
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        // JSON and the own API page: nothing to run, nothing to load but the page's own stylesheet.
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; "
                                        + "form-action 'none'; frame-ancestors 'none'")));
        return http.build();
    }

    private static void notAllowed(HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response)
            throws java.io.IOException {
        ApiProblemWriter.write(request, response, 405,
                "The read API answers GET and HEAD only; " + request.getMethod() + " is not supported here.");
    }

    /** Spring's CORS filter, refusing an origin that is not listed with a problem like every other error. */
    static CorsFilter corsFilter(ApiOrigins origins) {
        CorsFilter filter = new CorsFilter(corsFor(origins));
        filter.setCorsProcessor(new DefaultCorsProcessor() {
            @Override
            protected void rejectRequest(ServerHttpResponse response) throws java.io.IOException {
                response.setStatusCode(HttpStatus.FORBIDDEN);
                response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
                response.getHeaders().setCacheControl("no-store");
                response.getBody().write(ApiProblemWriter.json(403, "This origin may not call the API from a browser; "
                        + "the municipality's admin lists the sites that may (Beheer, API)."));
                response.flush();
            }
        });
        return filter;
    }

    /** CORS for the listed origins only: reads, no credentials (the API never looks at cookies). */
    static CorsConfigurationSource corsFor(ApiOrigins origins) {
        return (HttpServletRequest request) -> {
            CorsConfiguration cors = new CorsConfiguration();
            cors.setAllowedOrigins(request.getHeader("Origin") == null ? List.of() : origins.allowed());
            // Writes carry a bearer token in a header, never a cookie (see ApiWriteSecurity).
            cors.setAllowedMethods(List.of("GET", "HEAD", "POST", "PUT", "DELETE"));
            cors.setAllowedHeaders(List.of("If-None-Match", "Accept", "Accept-Language", "Authorization", "Content-Type"));
            cors.setExposedHeaders(List.of("ETag", "Link", "Content-Disposition"));
            cors.setAllowCredentials(false);
            cors.setMaxAge(600L);
            return cors;
        };
    }
}
