package nl.rugzak.platform.operations;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import nl.rugzak.tenantadmin.cluster.ClusterEvents;
import nl.rugzak.tenantadmin.identity.TenantRealms;
import nl.rugzak.tenantadmin.provisioning.ProvisioningRuns;
import nl.rugzak.tenantadmin.schemas.SchemaHealth;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.server.observation.ServerRequestObservationConvention;
import org.springframework.security.config.observation.SecurityObservationSettings;

@Configuration(proxyBeanMethods = false)
class OperationsConfiguration {

    /** First of all, so even the outage gate's and the tenant lookup's lines carry the request id. */
    @Bean
    FilterRegistrationBean<RequestIds> requestIds() {
        var registration = new FilterRegistrationBean<>(new RequestIds());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.addUrlPatterns("/*");
        return registration;
    }

    /** Right after the tenant is known (tenancy's filters are HIGHEST_PRECEDENCE + 1..3), before security. */
    @Bean
    FilterRegistrationBean<TenantTag> tenantTag() {
        var registration = new FilterRegistrationBean<>(new TenantTag());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 4);
        registration.addUrlPatterns("/*");
        return registration;
    }

    /**
     * Spring Security would otherwise wrap each of its ~15 filters in an observation of its own, with events that
     * make a counter each: on a cached API read that was 40 % of the CPU (JFR, 2026-12-03). The request as a whole is
     * still observed ({@code http.server.requests}), and logins have their own metric ({@link LoginMetrics}).
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    ServerRequestObservationConvention tenantRequestConvention() {
        return new TenantRequestConvention();
    }

    @Bean
    HealthIndicator keycloakHealthIndicator(TenantRealms realms) {
        return new ReadinessChecks.Keycloak(realms);
    }

    @Bean
    HealthIndicator tenantSchemasHealthIndicator(SchemaHealth schemas) {
        return ReadinessChecks.tenantSchemas(schemas);
    }

    @Bean
    HealthIndicator clusterEventsHealthIndicator(ClusterEvents events) {
        return ReadinessChecks.clusterEvents(events);
    }

    /** Provisioning runs by state ({@code rugzak.provisioning.runs}, tag {@code status}): a FAILED one waits for the lab. */
    @Bean
    MeterBinder provisioningRunMetrics(ProvisioningRuns runs) {
        return registry -> {
            for (ProvisioningRuns.RunStatus status : ProvisioningRuns.RunStatus.values()) {
                Gauge.builder("rugzak.provisioning.runs", runs, r -> r.withStatus(status).size())
                        .tag("status", status.name().toLowerCase(java.util.Locale.ROOT))
                        .description("Provisioning runs of new municipalities by state").register(registry);
            }
        };
    }
}
