package nl.rugzak.platform.accessibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class AccessibilityStatementTest {

    private final AccessibilityStatement statement = new AccessibilityStatement(
            Clock.fixed(Instant.parse("2026-11-27T10:00:00Z"), ZoneId.of("Europe/Amsterdam")));

    @Test
    void theDraftCarriesTheMunicipalityAndTheAutomatedResults() {
        String draft = statement.draft("Gemeente Lindeloo", Optional.of(new AutomatedCheck("2026-11-20", "axe-core 4.11.1",
                "WCAG 2.2 level A and AA", 58, 9, 0)));

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
}
