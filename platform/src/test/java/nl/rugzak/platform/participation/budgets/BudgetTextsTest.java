package nl.rugzak.platform.participation.budgets;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;

import nl.rugzak.tenantadmin.text.Texts;
import org.junit.jupiter.api.Test;

/** Amounts, spreadsheet cells and the words for every method, tie rule and phase, in both languages. */
class BudgetTextsTest {

    @Test
    void amountsReadAsResidentsWriteThem() {
        assertThat(Euros.format(5_000_000L, Texts.DUTCH)).isEqualTo("€ 50.000");
        assertThat(Euros.format(1_234_50L, Texts.DUTCH)).isEqualTo("€ 1.234,50");
        assertThat(Euros.format(5_000_000L, Texts.ENGLISH)).isEqualTo("€50,000");
        assertThat(Euros.cents(new BigDecimal("12500"))).isEqualTo(1_250_000L);
        assertThat(Euros.cents(new BigDecimal("12.5"))).isEqualTo(1_250L);
        assertThat(Euros.cents(new BigDecimal("0.001"))).isNull();
        assertThat(Euros.cents(null)).isNull();
    }

    @Test
    void aTitleNeverRunsAsASpreadsheetFormula() {
        assertThat(BudgetResults.safeCell("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(BudgetResults.safeCell("+31 bankjes")).startsWith("'");
        assertThat(BudgetResults.safeCell("Bankjes")).isEqualTo("Bankjes");
        assertThat(BudgetResults.euros(1_250_000L, Texts.DUTCH)).isEqualTo("12500,00");
        assertThat(BudgetResults.euros(1_250_000L, Locale.ENGLISH)).isEqualTo("12500.00");
    }

    @Test
    void everyMethodTieRuleAndPhaseHasWordsInBothLanguages() {
        for (Locale locale : Texts.LANGUAGES) {
            for (VotingMethod method : VotingMethod.values()) {
                assertThat(Texts.has(locale, method.key())).as(method.key()).isTrue();
                assertThat(Texts.has(locale, method.ruleKey())).as(method.ruleKey()).isTrue();
            }
            for (TieRule rule : TieRule.values()) {
                assertThat(Texts.has(locale, rule.key())).as(rule.key()).isTrue();
            }
            for (BudgetPhase phase : BudgetPhase.values()) {
                assertThat(Texts.has(locale, phase.key())).as(phase.key()).isTrue();
            }
        }
    }
}
