package nl.rugzak.themes.tokens;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes a tenant's tokens as the {@code --rugzak-*} custom properties base.css reads. Only typed, validated values
 * are written; the selector is more specific than base.css's {@code html}, so the order the two stylesheets load in
 * does not matter.
 */
public final class ThemeCss {

    /** Paths of the tenant's own images, as the platform generates them: nothing that could end a url(). */
    private static final Pattern SAFE_PATH = Pattern.compile("/[a-z0-9/._-]{1,200}");

    private ThemeCss() {
    }

    public static String render(ThemeTokens tokens) {
        return render(tokens, Map.of());
    }

    /**
     * @param images custom property suffix (e.g. {@code hero-image}) to a same-site path of the tenant's image;
     *               a path with any other character is left out
     */
    public static String render(ThemeTokens tokens, Map<String, String> images) {
        StringBuilder css = new StringBuilder("html:root {\n");
        for (ColourToken token : ColourToken.values()) {
            declare(css, token.cssProperty(), token.of(tokens).css());
        }
        declare(css, "--rugzak-font-family", tokens.font().cssStack());
        declare(css, "--rugzak-font-size", String.format(Locale.ROOT, "%.4frem", tokens.baseSizePx() / 16.0));
        declare(css, "--rugzak-radius", tokens.radiusPx() + "px");
        images.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(image -> {
            if (image.getKey().matches("[a-z-]{1,30}") && SAFE_PATH.matcher(image.getValue()).matches()) {
                declare(css, "--rugzak-" + image.getKey(), "url(\"" + image.getValue() + "\")");
            }
        });
        return css.append("}\n").toString();
    }

    private static void declare(StringBuilder css, String property, String value) {
        css.append("  ").append(property).append(": ").append(value).append(";\n");
    }
}
