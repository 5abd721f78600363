package nl.rugzak.platform.staff.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import nl.rugzak.platform.initiatives.InitiativesModule;
import nl.rugzak.tenantadmin.modules.ModuleSetting;
import nl.rugzak.tenantadmin.text.Texts;
import org.junit.jupiter.api.Test;

/** Texts whose keys the code builds (menu, page names, module switches) exist in every language. */
class StaffTextKeysTest {

    @Test
    void everyMenuItemAndPageHasItsName() {
        for (var language : Texts.LANGUAGES) {
            StaffLayout.MENU.forEach(item -> assertThat(Texts.has(language, item.labelKey())).as(item.labelKey()).isTrue());
            PagesView.PAGES.values().forEach(key -> assertThat(Texts.has(language, key)).as(key).isTrue());
        }
    }

    @Test
    void theInitiativeSwitchesAreNamedInEnglish() {
        for (String setting : List.of(InitiativesModule.SUPPORTS, InitiativesModule.HELP_OFFERS)) {
            String english = ModulesView.settingLabel(Texts.ENGLISH, InitiativesModule.ID,
                    new ModuleSetting(setting, "Nederlands label", true));
            assertThat(english).startsWith("Residents can");
        }
        assertThat(ModulesView.settingLabel(Texts.ENGLISH, "unknown", new ModuleSetting("x", "Eigen label", true)))
                .isEqualTo("Eigen label");
    }
}
