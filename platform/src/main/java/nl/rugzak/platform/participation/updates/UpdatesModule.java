package nl.rugzak.platform.participation.updates;

import nl.rugzak.tenantadmin.modules.ParticipationModule;
import org.springframework.stereotype.Component;

/** Nieuws in the module catalogue: updates about the site, a topic or an initiative, with Atom feeds. */
@Component
public class UpdatesModule implements ParticipationModule {

    public static final String ID = "updates";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String nameKey() {
        return "updates.module.name";
    }

    @Override
    public String descriptionKey() {
        return "updates.module.description";
    }

    @Override
    public String path() {
        return "nieuws";
    }
}
