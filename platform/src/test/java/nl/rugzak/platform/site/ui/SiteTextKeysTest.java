package nl.rugzak.platform.site.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import nl.rugzak.platform.initiatives.InitiativesModule;
import nl.rugzak.platform.topics.TopicsModule;
import nl.rugzak.platform.updates.UpdatesModule;
import nl.rugzak.tenantadmin.text.Texts;
import org.junit.jupiter.api.Test;

/** Texts whose keys the code builds from what modules report (activity kinds, module descriptions, dates). */
class SiteTextKeysTest {

    @Test
    void theModulesActivityKindsReadInEnglish() {
        assertThat(List.of("Nieuw initiatief", "Reactie van de gemeente", "Nieuws").stream()
                .map(kind -> HomeView.kind(Texts.ENGLISH, kind)))
                .containsExactly("New initiative", "Response from the municipality", "News");
        assertThat(HomeView.kind(Texts.ENGLISH, "Iets nieuws")).isEqualTo("Iets nieuws");
    }

    @Test
    void everyModuleHasItsDescriptionInEveryLanguage() {
        for (var language : Texts.LANGUAGES) {
            for (String module : List.of(InitiativesModule.ID, TopicsModule.ID, UpdatesModule.ID)) {
                assertThat(Texts.has(language, "site.module." + module + ".description")).as(module).isTrue();
            }
        }
    }

    @Test
    void datesAreWrittenInTheReadersLanguage() {
        Instant at = Instant.parse("2026-03-03T09:30:00Z");
        assertThat(DutchDates.day(at, Texts.DUTCH)).isEqualTo("3 maart 2026");
        assertThat(DutchDates.day(at, Texts.ENGLISH)).isEqualTo("3 March 2026");
        assertThat(DutchDates.moment(at, Texts.DUTCH)).isEqualTo("3 maart 2026 om 10:30");
        assertThat(DutchDates.moment(at, Texts.ENGLISH)).isEqualTo("3 March 2026 at 10:30");
        assertThat(DutchDates.day(at)).as("outside a UI: Dutch").isEqualTo("3 maart 2026");
    }
}
