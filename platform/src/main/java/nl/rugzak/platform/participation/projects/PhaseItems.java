package nl.rugzak.platform.participation.projects;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.rugzak.platform.participation.ModuleManifest;
import nl.rugzak.platform.participation.ModuleManifests;
import nl.rugzak.platform.participation.PublicItems;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Items of other modules as a phase holds them: a (module, id) pair, resolved only through that module's manifest
 * and its public items, so any module that offers public items fits in a phase, also one written after this one.
 * A module switched off, or an item hidden or gone, simply resolves to nothing.
 */
@Component
class PhaseItems {

    // The manifests include this module's own, which is built from beans of this package: looked up on use.
    private final ObjectProvider<ModuleManifests> manifests;

    PhaseItems(ObjectProvider<ModuleManifests> manifests) {
        this.manifests = manifests;
    }

    Optional<PublicItems.Item> find(String module, long itemId) {
        return itemsOf(module).flatMap(items -> items.find(itemId));
    }

    /** Each module asked once for all its placed items (a project page places dozens). */
    Map<Project.Placement, PublicItems.Item> resolveAll(java.util.Collection<Project.Placement> placements) {
        Map<String, List<Long>> idsByModule = new LinkedHashMap<>();
        placements.forEach(p -> idsByModule.computeIfAbsent(p.module(), m -> new java.util.ArrayList<>()).add(p.itemId()));
        Map<Project.Placement, PublicItems.Item> found = new java.util.HashMap<>();
        idsByModule.forEach((module, ids) -> itemsOf(module).ifPresent(items -> items.findAll(List.copyOf(ids))
                .forEach(item -> found.put(new Project.Placement(module, item.id()), item))));
        return found;
    }

    Map<String, List<PublicItems.Item>> candidates(int perModule) {
        Map<String, List<PublicItems.Item>> byModule = new LinkedHashMap<>();
        for (ModuleManifest manifest : manifests.getObject().enabledInOrder()) {
            if (manifest.id().equals(ProjectsModule.ID)) {
                continue;
            }
            manifest.publicItems().ifPresent(items -> {
                List<PublicItems.Item> recent = items.recent(perModule);
                if (!recent.isEmpty()) {
                    byModule.put(manifest.id(), recent);
                }
            });
        }
        return byModule;
    }

    private Optional<PublicItems> itemsOf(String module) {
        if (module == null || module.equals(ProjectsModule.ID)) {
            return Optional.empty();
        }
        return manifests.getObject().enabledInOrder().stream().filter(m -> m.id().equals(module)).findFirst()
                .flatMap(ModuleManifest::publicItems);
    }
}
