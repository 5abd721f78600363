package nl.rugzak.themes.tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import nl.rugzak.themes.text.TextKey;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class TokenInjectionTest {

    static List<String> attacks() {
        return List.of(
                "red;}</style><script>alert(1)</script>",
                "#fff;} body{background:url(javascript:alert(1))",
                "url(javascript:alert(1))",
                "expression(alert(1))",
                "\\23 fff",
                "#\\66 ff",
                "#ff\u0000f",
                "#fff\n}",
                "#ffffff /* */",
                "rgb(0,0,0)",
                "red",
                "16px; } * { display:none",
                "</style>",
                "");
    }

    /** Every token name: colours, font, size and radius. */
    static List<String> tokenNames() {
        List<String> names = new java.util.ArrayList<>(ThemeTokens.DEFAULT.toMap().keySet());
        return names;
    }

    @ParameterizedTest
    @MethodSource("attacks")
    void everyTokenRefusesInjection(String attack) {
        for (String token : tokenNames()) {
            Map<String, String> values = new HashMap<>(ThemeTokens.DEFAULT.toMap());
            values.put(token, attack);
            assertThatThrownBy(() -> ThemeTokens.fromMap(values))
                    .as("token %s with %s", token, attack)
                    .isInstanceOf(TokenException.class)
                    .hasMessageNotContaining("Exception");
        }
    }

    @Test
    void storedTokensReadBackExactly() {
        ThemeTokens tokens = ThemeTokens.DEFAULT.with(ColourToken.PRIMARY, Colour.parse("#ABC"))
                .withFont(FontChoice.GEORGIA).withBaseSize(20).withRadius(0);
        assertThat(ThemeTokens.fromMap(tokens.toMap())).isEqualTo(tokens);
        assertThat(tokens.primary().css()).isEqualTo("#aabbcc");
    }

    @Test
    void theServedCssHoldsOnlyValidatedDeclarations() {
        ThemeTokens tokens = ThemeTokens.DEFAULT.withFont(FontChoice.TREBUCHET).withBaseSize(18);
        String css = ThemeCss.render(tokens, Map.of(
                "hero-image", "/huisstijl/bestand/abc123.png",
                "logo", "/x\");}</style><script>",
                "evil;}", "/ok.png"));
        Pattern declaration = Pattern.compile(
                "  --rugzak-[a-z-]+: (#[0-9a-f]{6}|[0-9.]+rem|[0-9]+px|url\\(\"/[a-z0-9/._-]+\"\\)|[A-Za-z ,\"-]+);");
        List<String> lines = css.lines().toList();
        assertThat(lines.getFirst()).isEqualTo("html:root {");
        assertThat(lines.getLast()).isEqualTo("}");
        assertThat(lines.subList(1, lines.size() - 1)).allMatch(line -> declaration.matcher(line).matches());
        assertThat(css).contains("--rugzak-color-primary: #1d4f91;")
                .contains("--rugzak-font-size: 1.1250rem;")
                .contains("--rugzak-hero-image: url(\"/huisstijl/bestand/abc123.png\");")
                .doesNotContain("script").doesNotContain("evil");
    }

    @Test
    void outOfRangeNumbersAndUnknownFontsAreRefusedWithTheirTextKey() {
        assertThatThrownBy(() -> ThemeTokens.DEFAULT.withBaseSize(60)).isInstanceOf(TokenException.class)
                .extracting(e -> ((TokenException) e).text())
                .isEqualTo(new TextKey("themes.size.out-of-range", ThemeTokens.MIN_SIZE, ThemeTokens.MAX_SIZE));
        assertThatThrownBy(() -> FontChoice.parse("Comic Sans")).isInstanceOf(TokenException.class)
                .extracting(e -> ((TokenException) e).text())
                .isEqualTo(new TextKey("themes.font.not-allowed", "Comic Sans",
                        java.util.Arrays.stream(FontChoice.values()).map(FontChoice::label).toList()));
    }
}
