package nl.rugzak.tenantadmin.tenancy;

import java.util.Optional;

import org.springframework.core.task.TaskDecorator;

/** Hands the submitting thread's tenant (or its absence) to the thread that runs the task. */
public final class TenantTaskDecorator implements TaskDecorator {

    @Override
    public Runnable decorate(Runnable task) {
        Optional<TenantId> tenant = TenantContext.current();
        return () -> {
            if (tenant.isPresent()) {
                TenantContext.run(tenant.get(), task);
            } else {
                TenantContext.callWithoutTenant(() -> {
                    task.run();
                    return null;
                });
            }
        };
    }
}
