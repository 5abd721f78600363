package nl.rugzak.platform.dashboard;

import java.util.Locale;

import nl.rugzak.platform.participation.ModuleManifest;
import nl.rugzak.platform.participation.ModuleManifests;
import nl.rugzak.tenantadmin.text.Texts;
import org.springframework.stereotype.Component;

/** The words for the figures: a module's own name from its manifest, a kind of contribution from the bundles. */
@Component
public class DashboardLabels {

    private final ModuleManifests modules;

    DashboardLabels(ModuleManifests modules) {
        this.modules = modules;
    }

    public String module(String id, Locale locale) {
        return modules.find(id).map(ModuleManifest::nameKey).map(key -> Texts.get(locale, key)).orElse(id);
    }

    public String kind(String kind, Locale locale) {
        String key = "dashboard.kind." + kind;
        return Texts.has(locale, key) ? Texts.get(locale, key) : kind;
    }

    /** "Peilingen: stemmen". */
    public String moduleAndKind(String module, String kind, Locale locale) {
        return Texts.get(locale, "dashboard.module-kind", module(module, locale), kind(kind, locale));
    }
}
