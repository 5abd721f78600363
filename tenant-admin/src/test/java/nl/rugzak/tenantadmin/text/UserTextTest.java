package nl.rugzak.tenantadmin.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UserTextTest {

    @Test
    void controlCharactersGoAndMultiLineTextKeepsItsLines() {
        assertThat(UserText.line("Bank\u0000jes\u0007 in\thet\npark")).isEqualTo("Bankjes in het park");
        assertThat(UserText.lines("Eerste regel\r\nTweede\u0000 regel\rDerde\u000Bvierde\tmet tab"))
                .isEqualTo("Eerste regel\nTweede regel\nDerde\nvierde\tmet tab");
        assertThat(UserText.line(null)).isNull();
    }

    @Test
    void bidiOverridesAndIsolatesGoButDirectionMarksStay() {
        assertThat(UserText.line("foto\u202Egnp.exe\u202C")).isEqualTo("fotognp.exe");
        assertThat(UserText.line("\u202A\u202B\u202D\u2066\u2067\u2068a\u2069")).isEqualTo("a");
        assertThat(UserText.line("שלום\u200F!")).isEqualTo("שלום\u200F!");
    }

    @Test
    void onlyInvisibleCharactersIsEmptyAndInvisibleEndsAreTrimmed() {
        for (String invisible : new String[] {"\u200B\u200B", "\u200D\uFEFF\u2060", " \u3164\u2800 ", "\u202E\u202C",
                "\u0301\u0301"}) {
            assertThat(UserText.lines(invisible)).as("U+%04X…", (int) invisible.charAt(0)).isEmpty();
            assertThat(UserText.isBlank(invisible)).isTrue();
        }
        assertThat(UserText.line("\u200B Wij 👨\u200D👩\u200D👧 doen mee \uFEFF")).isEqualTo("Wij 👨\u200D👩\u200D👧 doen mee");
        // An ending vowel sign is part of the word, not invisible padding.
        assertThat(UserText.line("नमस्ते")).isEqualTo("नमस्ते");
    }

    @Test
    void lengthsCountWhatAReaderSeesAndWhatIsStored() {
        assertThat(UserText.line("cafe\u0301")).isEqualTo("café");
        assertThat(UserText.visibleLength("a b\u200Bc")).isEqualTo(3);
        assertThat(UserText.visibleLength("😀😀")).isEqualTo(2);
        assertThat(UserText.length("😀😀")).isEqualTo(2);
    }

    @Test
    void namesFallBackWhenNothingVisibleIsLeftAndQuotedTextIsIsolated() {
        assertThat(UserText.nameOr("Eva \u202Enosnaj", "eva")).isEqualTo("Eva nosnaj");
        assertThat(UserText.nameOr("\u3164", "eva")).isEqualTo("eva");
        assertThat(UserText.isolate("مريم")).isEqualTo("\u2068مريم\u2069");
        assertThat(UserText.isolate(null)).isEmpty();
    }
}
