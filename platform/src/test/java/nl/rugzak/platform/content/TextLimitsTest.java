package nl.rugzak.platform.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TextLimitsTest {

    @Test
    void trimsAndAcceptsTextWithinTheLimits() {
        assertThat(TextLimits.require("  Schone straat  ", "de titel", 3, 120)).isEqualTo("Schone straat");
    }

    @Test
    void tooLongSaysHowLongItIsAndMayBe() {
        assertThatThrownBy(() -> TextLimits.require("x".repeat(131), "de titel", 3, 120))
                .isInstanceOf(ContentRejectedException.class)
                .hasMessage("De titel mag hoogstens 120 tekens hebben (nu 131).");
    }

    @Test
    void emptyAndTooShortHaveTheirOwnMessage() {
        assertThatThrownBy(() -> TextLimits.require("   ", "uw reactie", 1, 2000))
                .hasMessage("Vul uw reactie in.");
        assertThatThrownBy(() -> TextLimits.require("ab", "de reden", 3, 1000))
                .hasMessage("De reden moet minstens 3 tekens hebben (nu 2).");
        assertThatThrownBy(() -> TextLimits.require(null, "de titel", 1, 10)).hasMessage("Vul de titel in.");
    }

    @Test
    void countsCharactersAsReadersSeeThemAndDropsNul() {
        assertThat(TextLimits.require("😀😀😀", "de titel", 1, 3)).isEqualTo("😀😀😀");
        assertThat(TextLimits.require("a\u0000b", "de titel", 1, 3)).isEqualTo("ab");
    }

    @Test
    void optionalFieldsMayStayEmpty() {
        assertThat(TextLimits.optional("  ", "de plaats", 10)).isNull();
        assertThatThrownBy(() -> TextLimits.optional("x".repeat(11), "de plaats", 10))
                .hasMessage("De plaats mag hoogstens 10 tekens hebben (nu 11).");
    }
}
