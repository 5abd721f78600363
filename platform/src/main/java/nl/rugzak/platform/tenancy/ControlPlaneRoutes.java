package nl.rugzak.platform.tenancy;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import nl.rugzak.tenantadmin.ControlPlaneView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * Registers the control plane's views (module tenant-admin) as routes. Vaadin's route discovery at startup only
 * found the platform's own views, so in a real browser every lab page was denied (HTTP 403) while the browserless
 * tests, which register their routes themselves, passed; the browser journeys caught it.
 */
@org.springframework.stereotype.Component
class ControlPlaneRoutes implements VaadinServiceInitListener {

    private static final Logger LOG = LoggerFactory.getLogger(ControlPlaneRoutes.class);

    @Override
    @SuppressWarnings("unchecked")
    public void serviceInit(ServiceInitEvent event) {
        RouteConfiguration routes = RouteConfiguration.forRegistry(
                ApplicationRouteRegistry.getInstance(event.getSource().getContext()));
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        int added = 0;
        for (BeanDefinition candidate : scanner.findCandidateComponents(ControlPlaneView.class.getPackageName())) {
            Class<? extends com.vaadin.flow.component.Component> view = (Class<? extends com.vaadin.flow.component.Component>)
                    ClassUtils.resolveClassName(candidate.getBeanClassName(), ControlPlaneRoutes.class.getClassLoader());
            if (!routes.isRouteRegistered(view)) {
                routes.setAnnotatedRoute(view);
                added++;
            }
        }
        LOG.debug("Registered {} control-plane routes", added);
    }
}
