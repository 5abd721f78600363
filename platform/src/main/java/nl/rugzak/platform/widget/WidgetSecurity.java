package nl.rugzak.platform.widget;

import nl.rugzak.platform.headers.BrowserProtections;
import nl.rugzak.platform.tenancy.SuspensionGate;
import nl.rugzak.tenantadmin.registry.TenantRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * The widget is framed by other sites, so it gets its own filter chain: public (GET only: CSRF protection stays on, as everywhere but the Stripe webhook), no session, no cookies, and
 * without the X-Frame-Options: DENY the site's pages carry (its own CSP says {@code frame-ancestors *} instead).
 * A suspended municipality's widget is closed like its site.
 */
@Configuration(proxyBeanMethods = false)
class WidgetSecurity {

    @Bean
    @Order(1)
    SecurityFilterChain widgetFilterChain(HttpSecurity http, TenantRegistry registry,
                                          SecurityContextHolderStrategy securityContext) throws Exception {
        http.securityMatcher(WidgetController.PATH + "**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .headers(BrowserProtections::forFramedWidget)
                .addFilterAfter(new SuspensionGate(registry, securityContext), AnonymousAuthenticationFilter.class);
        return http.build();
    }
}
