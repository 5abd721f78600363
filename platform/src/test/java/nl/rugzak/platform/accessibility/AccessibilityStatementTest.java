package nl.rugzak.platform.accessibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import nl.rugzak.tenantadmin.text.Texts;
import nl.rugzak.tenantadmin.time.Dates;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class AccessibilityStatementTest {

    private final AccessibilityStatement statement = new AccessibilityStatement(
            Clock.fixed(Instant.parse("2026-11-27T10:00:00Z"), Dates.ZONE));

    @Test
    void theDraftCarriesTheMunicipalityAndTheAutomatedResults() {
        String draft = statement.draft("Gemeente Lindeloo", Optional.of(new AutomatedCheck("2026-11-20", "2026-11-20",
                "axe-core 4.11.1", "WCAG 2.2 level A and AA", 58, 9, 0, List.of())));

        assertThat(draft).contains("Gemeente Lindeloo wil dat iedereen deze site kan gebruiken")
                .contains("- Laatste controle: 20 november 2026")
                .contains("axe-core 4.11.1")
                .contains("pagina's en situaties: 58")
                .contains("toetsenbord doorlopen: 9")
                .contains("Gevonden fouten: 0")
                .contains("opgesteld op 27 november 2026")
                .doesNotContain("{");
    }

    @Test
    void withoutResultsTheDraftSaysSoInsteadOfClaimingAPass() {
        String draft = statement.draft("Gemeente Lindeloo", Optional.empty());

        assertThat(draft).contains("nog niet automatisch gecontroleerd").doesNotContain("Gevonden fouten");
    }

    @Test
    void aFailingLatestRunIsShownAsTheCurrentStateWithItsErrors() {
        var kept = AutomatedCheck.read(JsonMapper.builder().build().readTree("""
                {"checkedOn": "2026-11-20", "lastRun": "2026-11-26", "engine": "axe-core 4.11.1",
                 "standard": "WCAG 2.2 level A and AA", "pagesChecked": 3, "failures": 1, "keyboard": [],
                 "findings": [{"journey": "resident", "state": "home", "page": "/", "checkedOn": "2026-11-26",
                               "finding": "axe color-contrast (Elements must meet minimum color contrast) at [a.more]"}]}
                """));

        String dutch = statement.draft("Gemeente Lindeloo", Optional.of(kept));
        assertThat(dutch).contains("- Laatste controle: 26 november 2026. Daarbij zijn fouten gevonden.")
                .contains("- Gevonden fouten: 1. Deze fouten zijn nog niet opgelost:")
                .contains("  - Pagina /: axe color-contrast (Elements must meet minimum color contrast) at [a.more]")
                .doesNotContain("20 november 2026").doesNotContain("Gevonden fouten: 0").doesNotContain("komt niet online");

        String english = AccessibilityStatement.results(kept, Texts.ENGLISH);
        assertThat(english).contains("- Last check: 26 November 2026. It found errors.")
                .contains("- Errors found: 1. These errors have not been fixed yet:")
                .contains("  - Page /: axe color-contrast");
    }
}
