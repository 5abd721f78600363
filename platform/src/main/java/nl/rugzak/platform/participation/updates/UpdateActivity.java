package nl.rugzak.platform.participation.updates;

import java.util.List;

import nl.rugzak.platform.modules.EnabledModules;
import nl.rugzak.platform.modules.ModuleActivity;
import org.springframework.stereotype.Component;

/** Updates in the home page's latest activity, from the moment they are published (a scheduled one at its time). */
@Component
class UpdateActivity implements ModuleActivity {

    private final EnabledModules modules;
    private final Updates updates;

    UpdateActivity(EnabledModules modules, Updates updates) {
        this.modules = modules;
        this.updates = updates;
    }

    @Override
    public String module() {
        return UpdatesModule.ID;
    }

    @Override
    public List<Activity> recent(int limit) {
        if (!modules.isEnabled(UpdatesModule.ID)) {
            return List.of();
        }
        return updates.published(UpdateTarget.SITE, limit).stream()
                .map(u -> new Activity("updates.activity.kind", u.title(), u.link(), u.publishAt())).toList();
    }
}
