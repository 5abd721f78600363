package nl.rugzak.platform.staff.ui;

import static org.assertj.core.api.Assertions.assertThat;


import nl.rugzak.tenantadmin.text.Texts;
import org.junit.jupiter.api.Test;

/** Texts whose keys the code builds (menu, page names, module switches) exist in every language. */
class StaffTextKeysTest {

    @Test
    void everyMenuItemAndPageHasItsName() {
        for (var language : Texts.LANGUAGES) {
            java.util.stream.Stream.concat(StaffLayout.FIRST.stream(), StaffLayout.SHARED.stream()).forEach(item -> assertThat(Texts.has(language, item.labelKey())).as(item.labelKey()).isTrue());
            PagesView.PAGES.values().forEach(key -> assertThat(Texts.has(language, key)).as(key).isTrue());
        }
    }
}
