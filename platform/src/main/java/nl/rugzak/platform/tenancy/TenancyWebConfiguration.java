package nl.rugzak.platform.tenancy;

import nl.rugzak.tenantadmin.identity.SiteUrls;
import nl.rugzak.tenantadmin.registry.TenantRegistry;
import nl.rugzak.tenantadmin.schemas.SchemaHealth;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.ForwardedHeaderFilter;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TenancyProperties.class)
class TenancyWebConfiguration {

    /** Before any filter: a trusted proxy's X-Forwarded-* become the request's scheme, host, port and address. */
    @Bean
    WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> trustedProxies(TenancyProperties properties) {
        return factory -> TrustedProxies.valve(properties.trustedProxies()).ifPresent(factory::addEngineValves);
    }

    /**
     * Before everything else, security included: nothing may run without knowing which tenant it serves. Only the
     * database outage gate comes first (the lookup needs the database).
     */
    @Bean
    FilterRegistrationBean<TenantResolutionFilter> tenantResolutionFilter(TenantRegistry registry, SchemaHealth health,
                                                                          TenancyProperties properties, SiteUrls sites) {
        var registration = new FilterRegistrationBean<>(new TenantResolutionFilter(registry, health, properties, sites));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        registration.addUrlPatterns("/*");
        return registration;
    }

    /** Forwarding headers were used (from a trusted proxy) or are not to be believed: nothing after this sees them. */
    @Bean
    FilterRegistrationBean<ForwardedHeaderFilter> forwardingHeadersRemoved() {
        ForwardedHeaderFilter filter = new ForwardedHeaderFilter();
        filter.setRemoveOnly(true);
        var registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        registration.addUrlPatterns("/*");
        return registration;
    }

    @Bean
    FilterRegistrationBean<AdminHostFrontDoor> adminHostFrontDoor() {
        var registration = new FilterRegistrationBean<>(new AdminHostFrontDoor());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 3);
        registration.addUrlPatterns("/*");
        return registration;
    }
}
