package nl.rugzak.themes.tokens;

import java.util.Arrays;
import java.util.Optional;

/**
 * The font families a tenant may choose. Each maps to a fixed CSS font stack written here, so no font name typed
 * by a user ever reaches a stylesheet. Web-safe and system fonts, plus open fonts Rugzak serves itself (base.css):
 * nothing is fetched from a font service.
 */
public enum FontChoice {
    SYSTEM("Systeemlettertype (standaard)", "system-ui, -apple-system, \"Segoe UI\", Roboto, sans-serif"),
    ARIAL("Arial / Helvetica", "Arial, Helvetica, \"Liberation Sans\", sans-serif"),
    VERDANA("Verdana", "Verdana, \"DejaVu Sans\", sans-serif"),
    TAHOMA("Tahoma", "Tahoma, Verdana, \"DejaVu Sans\", sans-serif"),
    TREBUCHET("Trebuchet MS", "\"Trebuchet MS\", \"Lucida Grande\", sans-serif"),
    GEORGIA("Georgia (schreef)", "Georgia, \"DejaVu Serif\", serif"),
    ATKINSON_HYPERLEGIBLE("Atkinson Hyperlegible (open lettertype, extra goed leesbaar)",
            "\"Atkinson Hyperlegible\", system-ui, sans-serif"),
    NOTO_SANS("Noto Sans (open lettertype)", "\"Noto Sans\", system-ui, sans-serif");

    private final String label;
    private final String stack;

    FontChoice(String label, String stack) {
        this.label = label;
        this.stack = stack;
    }

    public String label() {
        return label;
    }

    public String cssStack() {
        return stack;
    }

    public static FontChoice parse(String name) {
        return find(name).orElseThrow(() -> new TokenException("Lettertype '" + Colour.shorten(String.valueOf(name))
                + "' staat niet op de lijst. Kies een van: " + String.join(", ", Arrays.stream(values()).map(FontChoice::label).toList()) + "."));
    }

    public static Optional<FontChoice> find(String name) {
        return Arrays.stream(values()).filter(f -> f.name().equals(name)).findFirst();
    }

    /** The allowed family whose stack starts with, or is, the first family of a CSS font-family value. */
    public static Optional<FontChoice> matchFamily(String cssFontFamily) {
        if (cssFontFamily == null || cssFontFamily.isBlank()) {
            return Optional.empty();
        }
        String first = cssFontFamily.split(",")[0].strip().replace("\"", "").replace("'", "").toLowerCase(java.util.Locale.ROOT);
        return Arrays.stream(values())
                .filter(f -> f.stack.split(",")[0].replace("\"", "").strip().toLowerCase(java.util.Locale.ROOT).equals(first)
                        || (f == ARIAL && first.equals("helvetica")))
                .findFirst();
    }
}
