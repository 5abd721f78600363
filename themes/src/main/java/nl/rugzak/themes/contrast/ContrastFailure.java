package nl.rugzak.themes.contrast;

import java.util.Locale;

import nl.rugzak.themes.tokens.Colour;
import nl.rugzak.themes.tokens.ColourToken;

/**
 * A pair of tokens below its WCAG AA minimum, with the nearest colour for {@code foreground} that would pass.
 */
public record ContrastFailure(String pair, ColourToken foreground, ColourToken background, Colour foregroundColour,
                              Colour backgroundColour, double ratio, double required, Colour suggestion) {

    /** For people: "Tekst op Achtergrond: 2,3 : 1, nodig 4,5 : 1. Probeer #595959." */
    public String describe() {
        return String.format(Locale.forLanguageTag("nl"), "%s: %.2f : 1, nodig is %.1f : 1. Dichtstbijzijnde kleur die wel voldoet: %s.",
                pair, ratio, required, suggestion.css());
    }
}
