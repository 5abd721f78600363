package nl.rugzak.themes.contrast;

import java.util.ArrayList;
import java.util.List;

import nl.rugzak.themes.text.TextKey;
import nl.rugzak.themes.tokens.ColourToken;
import nl.rugzak.themes.tokens.ThemeTokens;

/**
 * The pairs a theme must keep readable (WCAG 2.2 AA, which Dutch municipal sites must meet): 4.5:1 for text on its
 * background, 3:1 for user-interface components and the focus indicator against the page.
 */
public final class ContrastRules {

    /** @param id names the pair in logs and, as {@code themes.contrast.pair.<id>}, in the text bundle */
    public record Pair(String id, ColourToken foreground, ColourToken background, double required) {

        public TextKey label() {
            return new TextKey("themes.contrast.pair." + id);
        }
    }

    public static final List<Pair> PAIRS = List.of(
            new Pair("text-on-background", ColourToken.TEXT, ColourToken.BACKGROUND, Contrast.TEXT),
            new Pair("text-on-surface", ColourToken.TEXT, ColourToken.SURFACE, Contrast.TEXT),
            new Pair("link-on-background", ColourToken.LINK, ColourToken.BACKGROUND, Contrast.TEXT),
            new Pair("primary-contrast-on-primary", ColourToken.PRIMARY_CONTRAST, ColourToken.PRIMARY, Contrast.TEXT),
            new Pair("primary-on-background", ColourToken.PRIMARY, ColourToken.BACKGROUND, Contrast.LARGE_TEXT_AND_UI),
            new Pair("focus-on-background", ColourToken.FOCUS, ColourToken.BACKGROUND, Contrast.LARGE_TEXT_AND_UI),
            new Pair("accent-on-background", ColourToken.ACCENT, ColourToken.BACKGROUND, Contrast.LARGE_TEXT_AND_UI),
            new Pair("error-on-background", ColourToken.ERROR, ColourToken.BACKGROUND, Contrast.TEXT),
            new Pair("success-on-background", ColourToken.SUCCESS, ColourToken.BACKGROUND, Contrast.TEXT));

    private ContrastRules() {
    }

    /**
     * The nearest colour for the pair's foreground that passes against every background it is used on (e.g. text on
     * the page and on surfaces), so taking one suggestion never leaves another pair of that colour failing.
     */
    private static nl.rugzak.themes.tokens.Colour suggestion(ThemeTokens tokens, Pair failing) {
        var colour = failing.foreground().of(tokens);
        List<Pair> sameForeground = PAIRS.stream().filter(p -> p.foreground() == failing.foreground()).toList();
        for (int round = 0; round < 4; round++) {
            for (Pair pair : sameForeground) {
                colour = Contrast.nearestPassing(colour, pair.background().of(tokens), pair.required());
            }
        }
        return colour;
    }

    /** Every pair below its minimum; empty when the theme may be published. */
    public static List<ContrastFailure> check(ThemeTokens tokens) {
        List<ContrastFailure> failures = new ArrayList<>();
        for (Pair pair : PAIRS) {
            var fg = pair.foreground().of(tokens);
            var bg = pair.background().of(tokens);
            double ratio = Contrast.ratio(fg, bg);
            if (ratio < pair.required()) {
                failures.add(new ContrastFailure(pair, pair.foreground(), pair.background(), fg, bg, ratio,
                        pair.required(), suggestion(tokens, pair)));
            }
        }
        return List.copyOf(failures);
    }
}
