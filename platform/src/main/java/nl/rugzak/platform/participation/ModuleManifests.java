package nl.rugzak.platform.participation;

import java.util.List;
import java.util.Optional;

import nl.rugzak.platform.modules.EnabledModules;
import org.springframework.stereotype.Component;

/** The manifests of all participation modules, and those the current municipality has switched on, in its order. */
@Component
public class ModuleManifests {

    private final List<ModuleManifest> all;
    private final EnabledModules enabled;

    public ModuleManifests(List<ModuleManifest> all, EnabledModules enabled) {
        this.all = List.copyOf(all);
        this.enabled = enabled;
    }

    public List<ModuleManifest> all() {
        return all;
    }

    public Optional<ModuleManifest> find(String id) {
        return all.stream().filter(m -> m.id().equals(id)).findFirst();
    }

    /** The enabled modules of the current tenant, in the order the municipality chose. */
    public List<ModuleManifest> enabledInOrder() {
        return enabled.inOrder().stream().flatMap(module -> find(module.id()).stream()).toList();
    }
}
