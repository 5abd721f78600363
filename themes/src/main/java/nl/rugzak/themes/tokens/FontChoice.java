package nl.rugzak.themes.tokens;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import nl.rugzak.themes.text.TextKey;

/**
 * The font families a tenant may choose. Each maps to a fixed CSS font stack written here, so no font name typed
 * by a user ever reaches a stylesheet. Web-safe and system fonts, plus open fonts Rugzak serves itself (base.css):
 * nothing is fetched from a font service.
 */
public enum FontChoice {
    SYSTEM("system-ui, -apple-system, \"Segoe UI\", Roboto, sans-serif"),
    ARIAL("Arial, Helvetica, \"Liberation Sans\", sans-serif"),
    VERDANA("Verdana, \"DejaVu Sans\", sans-serif"),
    TAHOMA("Tahoma, Verdana, \"DejaVu Sans\", sans-serif"),
    TREBUCHET("\"Trebuchet MS\", \"Lucida Grande\", sans-serif"),
    GEORGIA("Georgia, \"DejaVu Serif\", serif"),
    ATKINSON_HYPERLEGIBLE("\"Atkinson Hyperlegible\", system-ui, sans-serif"),
    NOTO_SANS("\"Noto Sans\", system-ui, sans-serif");

    private final String stack;

    FontChoice(String stack) {
        this.stack = stack;
    }

    /** The name people see, a key of the {@code themes} text bundle: {@code themes.font.<name in lower case>}. */
    public TextKey label() {
        return new TextKey("themes.font." + name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    public String cssStack() {
        return stack;
    }

    public static FontChoice parse(String name) {
        return find(name).orElseThrow(() -> new TokenException("themes.font.not-allowed", Colour.shorten(String.valueOf(name)),
                Arrays.stream(values()).map(FontChoice::label).toList()));
    }

    public static Optional<FontChoice> find(String name) {
        return Arrays.stream(values()).filter(f -> f.name().equals(name)).findFirst();
    }

    /** The allowed family whose stack starts with, or is, the first family of a CSS font-family value. */
    public static Optional<FontChoice> matchFamily(String cssFontFamily) {
        if (cssFontFamily == null || cssFontFamily.isBlank()) {
            return Optional.empty();
        }
        String first = cssFontFamily.split(",")[0].strip().replace("\"", "").replace("'", "").toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(f -> f.stack.split(",")[0].replace("\"", "").strip().toLowerCase(Locale.ROOT).equals(first)
                        || (f == ARIAL && first.equals("helvetica")))
                .findFirst();
    }
}
