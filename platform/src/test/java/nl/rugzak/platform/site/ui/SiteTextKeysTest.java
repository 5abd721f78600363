package nl.rugzak.platform.site.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import nl.rugzak.platform.participation.initiatives.InitiativesModule;
import nl.rugzak.platform.participation.topics.TopicsModule;
import nl.rugzak.platform.participation.updates.UpdatesModule;
import nl.rugzak.tenantadmin.modules.ParticipationModule;
import nl.rugzak.tenantadmin.text.Texts;
import nl.rugzak.tenantadmin.time.Dates;
import org.junit.jupiter.api.Test;

/** Texts whose keys the code builds from what modules report (names, descriptions, activity kinds), and dates. */
class SiteTextKeysTest {

    @Test
    void everyModuleIsNamedAndDescribedInEveryLanguage() {
        for (var language : Texts.LANGUAGES) {
            for (ParticipationModule module : List.of(new InitiativesModule(), new TopicsModule(), new UpdatesModule())) {
                assertThat(List.of(module.name(language), module.description(language))).as("%s in %s", module.id(), language)
                        .allSatisfy(text -> assertThat(text).isNotBlank().doesNotStartWith("!"));
                module.settings().forEach(setting -> assertThat(Texts.has(language, setting.labelKey()))
                        .as("%s in %s", setting.key(), language).isTrue());
            }
        }
        assertThat(new UpdatesModule().name(Texts.ENGLISH)).isEqualTo("News");
        assertThat(new InitiativesModule().settings().getFirst().label(Texts.ENGLISH)).isEqualTo("Residents can support initiatives");
    }

    @Test
    void everyKindOfActivityIsNamedInEveryLanguage() {
        for (var language : Texts.LANGUAGES) {
            for (String key : List.of("initiatives.activity.new-initiative", "initiatives.activity.municipality-response",
                    "topics.activity.kind", "updates.activity.kind")) {
                assertThat(Texts.has(language, key)).as("%s in %s", key, language).isTrue();
            }
        }
    }

    @Test
    void datesAreWrittenInTheReadersLanguage() {
        Instant at = Instant.parse("2026-03-03T09:30:00Z");
        assertThat(Dates.day(at, Texts.DUTCH)).isEqualTo("3 maart 2026");
        assertThat(Dates.day(at, Texts.ENGLISH)).isEqualTo("3 March 2026");
        assertThat(Dates.moment(at, Texts.DUTCH)).isEqualTo("3 maart 2026 om 10:30");
        assertThat(Dates.moment(at, Texts.ENGLISH)).isEqualTo("3 March 2026 at 10:30");
    }
}
