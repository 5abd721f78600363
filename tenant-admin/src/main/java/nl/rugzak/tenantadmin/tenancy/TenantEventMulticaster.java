package nl.rugzak.tenantadmin.tenancy;

import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.SimpleApplicationEventMulticaster;

/**
 * Delivers a {@link TenantEvent} to each listener inside that event's tenant; every other event is delivered as
 * the publisher's thread is. Listeners that go async keep the tenant through the task decorator.
 */
public class TenantEventMulticaster extends SimpleApplicationEventMulticaster {

    @Override
    protected void invokeListener(ApplicationListener<?> listener, ApplicationEvent event) {
        TenantId tenant = tenantOf(event);
        if (tenant == null) {
            super.invokeListener(listener, event);
        } else {
            TenantContext.run(tenant, () -> super.invokeListener(listener, event));
        }
    }

    private static TenantId tenantOf(ApplicationEvent event) {
        if (event instanceof TenantEvent tenantEvent) {
            return tenantEvent.tenant();
        }
        if (event instanceof PayloadApplicationEvent<?> payload && payload.getPayload() instanceof TenantEvent tenantEvent) {
            return tenantEvent.tenant();
        }
        return null;
    }
}
