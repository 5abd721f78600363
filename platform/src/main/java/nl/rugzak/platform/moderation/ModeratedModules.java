package nl.rugzak.platform.moderation;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Every {@link ModeratedContent} bean, by module id. Looked up lazily so modules may depend on moderation. */
@Component
public class ModeratedModules {

    private final ObjectProvider<ModeratedContent> modules;

    public ModeratedModules(ObjectProvider<ModeratedContent> modules) {
        this.modules = modules;
    }

    public List<ModeratedContent> all() {
        return modules.stream().sorted(Comparator.comparing(ModeratedContent::module)).toList();
    }

    public Optional<ModeratedContent> find(String module) {
        return modules.stream().filter(m -> m.module().equals(module)).findFirst();
    }
}
