package nl.rugzak.platform.modules;

import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/** Sends a visitor of a switched-off module's page to "not found", the same answer as for a page that never was. */
@Component
class ModuleGate implements VaadinServiceInitListener {

    private final EnabledModules modules;

    ModuleGate(EnabledModules modules) {
        this.modules = modules;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(uiInit -> uiInit.getUI().addBeforeEnterListener(enter -> {
            ModulePage page = enter.getNavigationTarget().getAnnotation(ModulePage.class);
            if (page != null && !modules.isEnabled(page.value())) {
                enter.rerouteToError(NotFoundException.class);
            }
        }));
    }
}
