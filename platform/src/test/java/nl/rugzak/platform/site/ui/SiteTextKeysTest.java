package nl.rugzak.platform.site.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import nl.rugzak.tenantadmin.text.Texts;
import nl.rugzak.tenantadmin.time.Dates;
import org.junit.jupiter.api.Test;

/** Texts whose keys the code builds from what modules report (activity kinds), and dates. */
class SiteTextKeysTest {

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
