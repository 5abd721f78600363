package nl.rugzak.themes.contrast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Locale;

import nl.rugzak.themes.text.TextKey;
import nl.rugzak.themes.tokens.Colour;
import nl.rugzak.themes.tokens.ColourToken;
import nl.rugzak.themes.tokens.ThemeTokens;
import org.junit.jupiter.api.Test;

class ContrastTest {

    private static final Colour WHITE = Colour.parse("#ffffff");

    @Test
    void matchesTheRatiosWcagPublishes() {
        // The extremes from the WCAG definition of contrast ratio: 1:1 and 21:1.
        assertThat(Contrast.ratio(Colour.parse("#000000"), WHITE)).isCloseTo(21.0, within(0.001));
        assertThat(Contrast.ratio(WHITE, WHITE)).isCloseTo(1.0, within(0.001));
        // WebAIM / WCAG technique G18 examples: #767676 is the lightest grey with 4.5:1 on white; #777777 is not.
        assertThat(Contrast.ratio(Colour.parse("#767676"), WHITE)).isCloseTo(4.54, within(0.01));
        assertThat(Contrast.ratio(Colour.parse("#777777"), WHITE)).isLessThan(4.5);
        // #949494 is the lightest grey with 3:1 on white (large text, UI components).
        assertThat(Contrast.ratio(Colour.parse("#949494"), WHITE)).isGreaterThanOrEqualTo(3.0);
        assertThat(Contrast.ratio(Colour.parse("#959595"), WHITE)).isLessThan(3.0);
        // Order does not matter.
        assertThat(Contrast.ratio(WHITE, Colour.parse("#1d4f91"))).isEqualTo(Contrast.ratio(Colour.parse("#1d4f91"), WHITE));
    }

    @Test
    void theNearestPassingColourPassesAndStaysClose() {
        Colour tooLight = Colour.parse("#ff9900");
        Colour suggestion = Contrast.nearestPassing(tooLight, WHITE, Contrast.TEXT);
        assertThat(Contrast.ratio(suggestion, WHITE)).isGreaterThanOrEqualTo(4.5);
        assertThat(Contrast.ratio(suggestion, WHITE)).isLessThan(4.8);
        assertThat(suggestion.red()).isGreaterThan(suggestion.blue());
        // On a dark background the way out is lighter.
        Colour onDark = Contrast.nearestPassing(Colour.parse("#333333"), Colour.parse("#000000"), Contrast.TEXT);
        assertThat(onDark.red()).isGreaterThan(0x33);
        assertThat(Contrast.ratio(onDark, Colour.parse("#000000"))).isGreaterThanOrEqualTo(4.5);
    }

    @Test
    void theDefaultThemePassesAndAPaleThemeIsRefusedWithItsPairs() {
        assertThat(ContrastRules.check(ThemeTokens.DEFAULT)).isEmpty();
        ThemeTokens pale = ThemeTokens.DEFAULT.with(ColourToken.TEXT, Colour.parse("#aaaaaa"))
                .with(ColourToken.FOCUS, Colour.parse("#eeeeee"));
        var failures = ContrastRules.check(pale);
        assertThat(failures).extracting(failure -> failure.pair().id())
                .containsExactlyInAnyOrder("text-on-background", "text-on-surface", "focus-on-background");
        ContrastFailure text = failures.getFirst();
        assertThat(text.ratio()).isCloseTo(2.32, within(0.01));
        assertThat(text.describe(Locale.forLanguageTag("nl"))).isEqualTo(new TextKey("themes.contrast.failure",
                new TextKey("themes.contrast.pair.text-on-background"), "2,32", "4,5", text.suggestion().css()));
        assertThat(text.describe(Locale.ENGLISH).args()).contains("2.32", "4.5");
        for (ContrastFailure failure : failures) {
            ThemeTokens fixed = pale.with(failure.foreground(), failure.suggestion());
            assertThat(Contrast.ratio(failure.foreground().of(fixed), failure.background().of(fixed)))
                    .isGreaterThanOrEqualTo(failure.required());
            // One suggestion fixes that colour on every background it is used on.
            assertThat(ContrastRules.check(fixed)).noneMatch(f -> f.foreground() == failure.foreground());
        }
    }
}
