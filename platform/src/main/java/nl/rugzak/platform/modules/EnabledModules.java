package nl.rugzak.platform.modules;

import java.util.List;

import nl.rugzak.platform.content.NotFoundException;

import nl.rugzak.tenantadmin.modules.ModuleCatalogue;
import nl.rugzak.tenantadmin.modules.ParticipationModule;
import nl.rugzak.tenantadmin.registry.TenantRegistry;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/** Which modules the current municipality has switched on; every module service asks before it answers. */
@Component
public class EnabledModules {

    private final TenantRegistry registry;
    private final ModuleCatalogue catalogue;

    // Lazy: the catalogue is made of the modules' manifests, whose capabilities ask this class whether they are on.
    public EnabledModules(TenantRegistry registry, @Lazy ModuleCatalogue catalogue) {
        this.registry = registry;
        this.catalogue = catalogue;
    }

    public boolean isEnabled(String moduleId) {
        return TenantContext.current().flatMap(registry::find).map(t -> t.modules().contains(moduleId)).orElse(false);
    }

    /** Throws {@link NotFoundException} when the module is off here, so a service answers as if it did not exist. */
    public void require(String moduleId) {
        if (!isEnabled(moduleId)) {
            throw new NotFoundException("onderdeel");
        }
    }

    public List<ParticipationModule> inOrder() {
        return TenantContext.current().flatMap(registry::find).map(t -> t.modules().stream()
                .flatMap(id -> catalogue.find(id).stream()).toList()).orElse(List.of());
    }
}
