package nl.rugzak.platform.updates;

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
    public String nameNl() {
        return "Nieuws";
    }

    @Override
    public String nameEn() {
        return "Updates";
    }

    @Override
    public String descriptionNl() {
        return "De gemeente en initiatiefnemers vertellen hoe het ervoor staat; bewoners volgen en reageren.";
    }

    @Override
    public String path() {
        return "nieuws";
    }
}
