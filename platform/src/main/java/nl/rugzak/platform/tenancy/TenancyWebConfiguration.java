package nl.rugzak.platform.tenancy;

import nl.rugzak.tenantadmin.registry.TenantRegistry;
import nl.rugzak.tenantadmin.schemas.SchemaHealth;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TenancyProperties.class)
class TenancyWebConfiguration {

    /**
     * Before everything else, security included: nothing may run without knowing which tenant it serves. Only the
     * database outage gate comes first (the lookup needs the database).
     */
    @Bean
    FilterRegistrationBean<TenantResolutionFilter> tenantResolutionFilter(TenantRegistry registry, SchemaHealth health,
                                                                          TenancyProperties properties) {
        var registration = new FilterRegistrationBean<>(new TenantResolutionFilter(registry, health, properties));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
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
