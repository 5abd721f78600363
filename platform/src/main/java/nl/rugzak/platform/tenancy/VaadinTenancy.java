package nl.rugzak.platform.tenancy;

import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import nl.rugzak.tenantadmin.ControlPlaneView;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import org.springframework.stereotype.Component;

/**
 * Keeps Vaadin navigation on the right side of the house: tenant views only on a tenant's host, control-plane
 * views only on the admin host. Anything else is "not found", never a view of another site.
 */
@Component
class VaadinTenancy implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(uiInit -> uiInit.getUI().addBeforeEnterListener(enter -> {
            if (HasErrorParameter.class.isAssignableFrom(enter.getNavigationTarget())) {
                return; // Error pages serve both sides of the house, each in its own frame.
            }
            boolean controlPlaneView = enter.getNavigationTarget().isAnnotationPresent(ControlPlaneView.class);
            boolean onAdminHost = TenantContext.current().isEmpty();
            if (onAdminHost && enter.getLocation().getPath().isEmpty()) {
                // By its path: the tenancy runtime knows where the lab starts, not the lab's views.
                enter.forwardTo("tenantbeheer");
            } else if (controlPlaneView != onAdminHost) {
                enter.rerouteToError(NotFoundException.class);
            }
        }));
    }
}
