package nl.rugzak.platform.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.rugzak.platform.modules.EnabledModules;
import nl.rugzak.platform.participation.ApiResource;
import nl.rugzak.platform.participation.ModuleManifest;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.stereotype.Component;

/**
 * The API's resources, as the modules' manifests declare them (in the manifests' order). A resource whose module is
 * switched off at the current municipality is not there: it answers 404, like the module's pages.
 */
@Component
public class ApiResources {

    private final Map<String, Declared> byName = new LinkedHashMap<>();
    private final EnabledModules modules;

    /** A resource and the manifest that declared it. */
    public record Declared(ModuleManifest manifest, ApiResource resource) {
    }

    ApiResources(List<ModuleManifest> manifests, ListableBeanFactory beans, EnabledModules modules) {
        this.modules = modules;
        for (ModuleManifest manifest : manifests) {
            for (Class<? extends ApiResource> type : manifest.apiResources()) {
                ApiResource resource = beans.getBean(type);
                if (!resource.module().equals(manifest.id())) {
                    throw new IllegalStateException(type.getName() + " says it belongs to " + resource.module()
                            + " but is declared by the manifest of " + manifest.id());
                }
                if (byName.putIfAbsent(resource.name(), new Declared(manifest, resource)) != null) {
                    throw new IllegalStateException("Two API resources are named " + resource.name());
                }
            }
        }
    }

    /** Every declared resource, whether or not its module is on here (for the OpenAPI document). */
    public List<Declared> all() {
        return List.copyOf(byName.values());
    }

    /** The resources of modules switched on at the current municipality. */
    List<Declared> here() {
        return byName.values().stream().filter(d -> modules.isEnabled(d.resource().module())).toList();
    }

    Optional<ApiResource> here(String name) {
        return Optional.ofNullable(byName.get(name)).map(Declared::resource)
                .filter(resource -> modules.isEnabled(resource.module()));
    }
}
