package nl.rugzak.themes.contrast;

import java.util.Locale;

import nl.rugzak.themes.text.TextKey;
import nl.rugzak.themes.tokens.Colour;
import nl.rugzak.themes.tokens.ColourToken;

/**
 * A pair of tokens below its WCAG AA minimum, with the nearest colour for {@code foreground} that would pass.
 */
public record ContrastFailure(ContrastRules.Pair pair, ColourToken foreground, ColourToken background, Colour foregroundColour,
                              Colour backgroundColour, double ratio, double required, Colour suggestion) {

    /** For people: "Tekst op achtergrond: 2,32 : 1, nodig is 4,5 : 1. …", the numbers written as {@code locale} writes them. */
    public TextKey describe(Locale locale) {
        return new TextKey("themes.contrast.failure", pair.label(), String.format(locale, "%.2f", ratio),
                String.format(locale, "%.1f", required), suggestion.css());
    }
}
