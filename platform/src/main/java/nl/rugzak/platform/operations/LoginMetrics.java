package nl.rugzak.platform.operations;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Logins per municipality, {@code rugzak.logins} with {@code outcome} success or failure (a failed code exchange,
 * a session from another realm). Spring Security announces both on the request thread, inside the site's tenant.
 * Wrong passwords are Keycloak's to count: they never reach Rugzak.
 */
@Component
class LoginMetrics {

    private final MeterRegistry registry;

    LoginMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        registry.counter("rugzak.logins", "tenant", TenantTag.current(), "outcome", "success").increment();
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        registry.counter("rugzak.logins", "tenant", TenantTag.current(), "outcome", "failure").increment();
    }
}
