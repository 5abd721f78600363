package nl.rugzak.themes.tokens;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A tenant's design tokens: typed values only. There is no field that takes free text into CSS; the asset
 * references (logo, favicon, hero) are kept by the storage, not here.
 *
 * @param baseSizePx   base font size in CSS pixels, {@value #MIN_SIZE} to {@value #MAX_SIZE}
 * @param radiusPx     corner radius in CSS pixels, 0 to {@value #MAX_RADIUS}
 */
public record ThemeTokens(Colour primary, Colour primaryContrast, Colour accent, Colour background, Colour surface,
                          Colour text, Colour link, Colour focus, Colour error, Colour success,
                          FontChoice font, int baseSizePx, int radiusPx) {

    public static final int MIN_SIZE = 14;
    public static final int MAX_SIZE = 24;
    public static final int MAX_RADIUS = 24;

    /** Rugzak's own theme, the same values as base.css. */
    public static final ThemeTokens DEFAULT = new ThemeTokens(
            Colour.parse("#1d4f91"), Colour.parse("#ffffff"), Colour.parse("#0b6e4f"), Colour.parse("#ffffff"),
            Colour.parse("#f4f6f8"), Colour.parse("#1b1b1b"), Colour.parse("#1d4f91"), Colour.parse("#b34700"),
            Colour.parse("#b00020"), Colour.parse("#1e7b34"), FontChoice.SYSTEM, 17, 6);

    public ThemeTokens {
        for (Object value : new Object[] {primary, primaryContrast, accent, background, surface, text, link, focus, error, success, font}) {
            Objects.requireNonNull(value, "every token needs a value");
        }
        if (baseSizePx < MIN_SIZE || baseSizePx > MAX_SIZE) {
            throw new TokenException("themes.size.out-of-range", MIN_SIZE, MAX_SIZE);
        }
        if (radiusPx < 0 || radiusPx > MAX_RADIUS) {
            throw new TokenException("themes.radius.out-of-range", MAX_RADIUS);
        }
    }

    /** The tokens by name, as stored; {@link #fromMap} reads them back exactly. */
    public Map<String, String> toMap() {
        Map<String, String> map = new LinkedHashMap<>();
        for (ColourToken token : ColourToken.values()) {
            map.put(token.key(), token.of(this).css());
        }
        map.put("font", font.name());
        map.put("base-size", Integer.toString(baseSizePx));
        map.put("radius", Integer.toString(radiusPx));
        return map;
    }

    /** Reads tokens by name; every value is validated, and a missing one takes the default's value. */
    public static ThemeTokens fromMap(Map<String, String> values) {
        ThemeTokens tokens = DEFAULT;
        for (ColourToken token : ColourToken.values()) {
            String value = values.get(token.key());
            if (value != null) {
                try {
                    tokens = token.with(tokens, Colour.parse(value));
                } catch (TokenException e) {
                    throw new TokenException("themes.colour.not-valid-for", token.label(), e.text());
                }
            }
        }
        if (values.containsKey("font")) {
            tokens = tokens.withFont(FontChoice.parse(values.get("font")));
        }
        if (values.containsKey("base-size")) {
            tokens = tokens.withBaseSize(number(values.get("base-size"), "themes.size.not-a-number"));
        }
        if (values.containsKey("radius")) {
            tokens = tokens.withRadius(number(values.get("radius"), "themes.radius.not-a-number"));
        }
        return tokens;
    }

    public ThemeTokens withFont(FontChoice value) {
        return new ThemeTokens(primary, primaryContrast, accent, background, surface, text, link, focus, error, success, value, baseSizePx, radiusPx);
    }

    public ThemeTokens withBaseSize(int value) {
        return new ThemeTokens(primary, primaryContrast, accent, background, surface, text, link, focus, error, success, font, value, radiusPx);
    }

    public ThemeTokens withRadius(int value) {
        return new ThemeTokens(primary, primaryContrast, accent, background, surface, text, link, focus, error, success, font, baseSizePx, value);
    }

    public ThemeTokens with(ColourToken token, Colour value) {
        return token.with(this, value);
    }

    private static int number(String value, String refusalKey) {
        if (value == null || !value.strip().matches("\\d{1,3}")) {
            throw new TokenException(refusalKey);
        }
        return Integer.parseInt(value.strip());
    }
}
