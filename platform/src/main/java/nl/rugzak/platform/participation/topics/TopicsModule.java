package nl.rugzak.platform.participation.topics;

import nl.rugzak.tenantadmin.modules.ParticipationModule;
import org.springframework.stereotype.Component;

/** Beleidsthema's in the module catalogue. */
@Component
public class TopicsModule implements ParticipationModule {

    public static final String ID = "topics";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String nameKey() {
        return "topics.module.name";
    }

    @Override
    public String descriptionKey() {
        return "topics.module.description";
    }

    @Override
    public String path() {
        return "themas";
    }
}
