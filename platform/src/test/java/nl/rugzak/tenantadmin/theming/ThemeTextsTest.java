package nl.rugzak.tenantadmin.theming;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import nl.rugzak.tenantadmin.text.Texts;
import nl.rugzak.themes.contrast.ContrastRules;
import nl.rugzak.themes.text.TextKey;
import nl.rugzak.themes.tokens.ColourToken;
import nl.rugzak.themes.tokens.FontChoice;
import nl.rugzak.themes.tokens.TokenException;
import nl.rugzak.themes.tokens.ThemeTokens;
import org.junit.jupiter.api.Test;

/** The names built from enums (image kinds, colours, fonts, contrast pairs) exist in both languages, nested texts too. */
class ThemeTextsTest {

    @Test
    void everyImageKindColourFontAndPairHasANameInBothLanguages() {
        for (var language : Texts.LANGUAGES) {
            for (ThemeAssetKind kind : ThemeAssetKind.values()) {
                assertThat(Texts.has(language, kind.labelKey())).as("%s in %s", kind, language).isTrue();
            }
            for (ColourToken token : ColourToken.values()) {
                assertThat(Texts.has(language, token.label().key())).as("%s in %s", token, language).isTrue();
            }
            for (FontChoice font : FontChoice.values()) {
                assertThat(Texts.has(language, font.label().key())).as("%s in %s", font, language).isTrue();
            }
            for (ContrastRules.Pair pair : ContrastRules.PAIRS) {
                assertThat(Texts.has(language, pair.label().key())).as("%s in %s", pair.id(), language).isTrue();
            }
        }
    }

    @Test
    void aTokenRefusalInsideARefusalIsShownInOneLanguage() {
        TokenException refusal = org.junit.jupiter.api.Assertions.assertThrows(TokenException.class,
                () -> ThemeTokens.fromMap(java.util.Map.of("text", "red")));
        assertThat(ThemeTexts.get(Texts.DUTCH, refusal.text())).isEqualTo("Tekst: 'red' is geen kleur. Gebruik een hexcode zoals #1d4f91.");
        assertThat(ThemeTexts.get(Texts.ENGLISH, refusal.text())).isEqualTo("Text: 'red' is not a colour. Use a hex code such as #1d4f91.");

        ThemeException publish = new ThemeException("theming.contrast-too-low",
                List.of(new TextKey("themes.contrast.pair.text-on-background"), new TextKey("themes.contrast.pair.link-on-background")));
        assertThat(publish.getMessage()).contains("bij Tekst op achtergrond, Links op achtergrond.");
        assertThat(publish.messageIn(Texts.ENGLISH)).contains("for Text on background, Links on background.");
    }
}
