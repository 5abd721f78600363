package nl.rugzak.platform.api;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.rugzak.platform.api.write.TenantBearerTokens;
import nl.rugzak.platform.api.write.WriteEndpoints;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;

/**
 * The write API's filter chain, before the read API's: the modules' write endpoints ({@link WriteEndpoints}) need a
 * resident's bearer token of this host's own realm ({@link TenantBearerTokens}) and nothing else counts: no session,
 * no cookie (so no CSRF either: a page elsewhere cannot make a browser send a token it does not have). A missing or
 * refused token is a 401 problem before any controller runs, so nothing is changed.
 */
@Configuration(proxyBeanMethods = false)
class ApiWriteSecurity {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    @Bean
    @Order(9)
    SecurityFilterChain apiWriteFilterChain(HttpSecurity http, ApiOrigins origins, TenantBearerTokens tokens,
                                            WriteEndpoints endpoints, ApiRateLimits limits) throws Exception {
        http.securityMatcher(request -> isWrite(request) && endpoints.matches(request))
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .oauth2ResourceServer(server -> server
                        .authenticationManagerResolver(tokens)
                        .authenticationEntryPoint(ApiWriteSecurity::unauthorized)
                        .accessDeniedHandler((request, response, denied) -> ApiProblemWriter.write(request, response,
                                403, "This token may not do this here.")))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .anonymous(anonymous -> anonymous.disable())
                .addFilterBefore(ApiSecurity.corsFilter(origins), org.springframework.security.web.csrf.CsrfFilter.class)
                .addFilterAfter(new TokenRateLimitFilter(limits), BearerTokenAuthenticationFilter.class)
                .exceptionHandling(errors -> errors.authenticationEntryPoint(ApiWriteSecurity::unauthorized))
                .headers(headers -> headers
                        .cacheControl(cache -> { })
                        .frameOptions(frame -> frame.deny())
                        .contentTypeOptions(nosniff -> { })
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'")));
        return http.build();
    }

    static boolean isWrite(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !READS.contains(request.getMethod())
                && (path.equals(ApiController.BASE) || path.startsWith(ApiController.BASE + "/"));
    }

    /** RFC 6750's challenge, with the reason in the problem (expired, another audience, another municipality...). */
    private static void unauthorized(HttpServletRequest request, HttpServletResponse response,
                                     AuthenticationException refused) throws IOException {
        boolean tokenGiven = refused instanceof OAuth2AuthenticationException;
        response.setHeader("WWW-Authenticate", tokenGiven
                ? "Bearer error=\"invalid_token\", error_description=\"The access token is not valid here\""
                : "Bearer");
        ApiProblemWriter.write(request, response, 401, tokenGiven
                ? "The access token was refused: " + refused.getMessage() + " A token counts only at the "
                        + "municipality whose sign-in service issued it, for the API client rugzak-api, until it expires."
                : "This needs a resident's access token of this municipality: send 'Authorization: Bearer <token>', "
                        + "obtained with the authorization code flow and PKCE for the public client rugzak-api.");
    }
}
