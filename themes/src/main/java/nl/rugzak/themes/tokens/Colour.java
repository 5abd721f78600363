package nl.rugzak.themes.tokens;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An opaque sRGB colour. It can only be made from a strict hex notation, so whatever reaches a stylesheet is
 * exactly {@code #rrggbb}: no keywords, functions, escapes or anything else a user could smuggle CSS in.
 */
public record Colour(int rgb) {

    private static final Pattern HEX = Pattern.compile("#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})");

    public Colour {
        if (rgb < 0 || rgb > 0xFFFFFF) {
            throw new TokenException("themes.colour.out-of-range");
        }
    }

    /** Parses {@code #rgb} or {@code #rrggbb}; anything else is refused. */
    public static Colour parse(String text) {
        String value = text == null ? "" : text.strip();
        if (!HEX.matcher(value).matches()) {
            throw new TokenException("themes.colour.not-a-colour", shorten(value));
        }
        String hex = value.substring(1);
        if (hex.length() == 3) {
            hex = "" + hex.charAt(0) + hex.charAt(0) + hex.charAt(1) + hex.charAt(1) + hex.charAt(2) + hex.charAt(2);
        }
        return new Colour(Integer.parseInt(hex, 16));
    }

    public static Colour of(int red, int green, int blue) {
        return new Colour((clamp(red) << 16) | (clamp(green) << 8) | clamp(blue));
    }

    public int red() {
        return (rgb >> 16) & 0xFF;
    }

    public int green() {
        return (rgb >> 8) & 0xFF;
    }

    public int blue() {
        return rgb & 0xFF;
    }

    /** The colour as it appears in CSS: {@code #rrggbb}, lower case. */
    public String css() {
        return String.format(Locale.ROOT, "#%06x", rgb);
    }

    /** This colour moved a fraction {@code t} (0..1) of the way towards {@code other}. */
    public Colour mix(Colour other, double t) {
        return of((int) Math.round(red() + (other.red() - red()) * t),
                (int) Math.round(green() + (other.green() - green()) * t),
                (int) Math.round(blue() + (other.blue() - blue()) * t));
    }

    @Override
    public String toString() {
        return css();
    }

    private static int clamp(int channel) {
        return Math.max(0, Math.min(255, channel));
    }

    /** At most 40 characters of what someone typed, to show it back in a refusal. */
    public static String shorten(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }
}
