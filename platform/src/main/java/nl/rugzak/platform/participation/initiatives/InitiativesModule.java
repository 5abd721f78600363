package nl.rugzak.platform.participation.initiatives;

import java.util.List;

import nl.rugzak.tenantadmin.modules.ModuleSetting;
import nl.rugzak.tenantadmin.modules.ParticipationModule;
import org.springframework.stereotype.Component;

/** Bewonersinitiatieven in the module catalogue. */
@Component
public class InitiativesModule implements ParticipationModule {

    public static final String ID = "initiatives";
    public static final String SUPPORTS = "supports";
    public static final String HELP_OFFERS = "help-offers";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String nameKey() {
        return "initiatives.module.name";
    }

    @Override
    public String descriptionKey() {
        return "initiatives.module.description";
    }

    @Override
    public String path() {
        return "initiatieven";
    }

    @Override
    public List<ModuleSetting> settings() {
        return List.of(new ModuleSetting(SUPPORTS, "initiatives.module.setting.supports", true),
                new ModuleSetting(HELP_OFFERS, "initiatives.module.setting.help-offers", true));
    }
}
