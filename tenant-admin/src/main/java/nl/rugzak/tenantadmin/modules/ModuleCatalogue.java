package nl.rugzak.tenantadmin.modules;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

/** Every participation module the platform offers, in a stable order. */
@Component
public class ModuleCatalogue {

    private final List<ParticipationModule> modules;

    public ModuleCatalogue(List<ParticipationModule> modules) {
        this.modules = modules.stream().sorted(java.util.Comparator.comparing(ParticipationModule::id)).toList();
    }

    public List<ParticipationModule> all() {
        return modules;
    }

    public Optional<ParticipationModule> find(String id) {
        return modules.stream().filter(m -> m.id().equals(id)).findFirst();
    }
}
