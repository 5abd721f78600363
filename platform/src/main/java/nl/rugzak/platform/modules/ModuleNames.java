package nl.rugzak.platform.modules;

import java.util.Locale;

import nl.rugzak.tenantadmin.modules.ParticipationModule;
import nl.rugzak.tenantadmin.text.Texts;

/** A module's name as the reader's language has it: each module names itself in Dutch and in English. */
public final class ModuleNames {

    private ModuleNames() {
    }

    public static String of(ParticipationModule module, Locale locale) {
        return Texts.ENGLISH.equals(Texts.supported(locale)) ? module.nameEn() : module.nameNl();
    }
}
