package nl.rugzak.platform.topics;

import nl.rugzak.tenantadmin.modules.ParticipationModule;
import nl.rugzak.tenantadmin.text.Texts;
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
    public String nameNl() {
        return "Beleidsthema's";
    }

    @Override
    public String nameEn() {
        return "Policy topics";
    }

    @Override
    public String descriptionNl() {
        return Texts.dutch("topics.module.description");
    }

    @Override
    public String path() {
        return "themas";
    }
}
