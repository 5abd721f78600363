package nl.rugzak.themes.contrast;

import nl.rugzak.themes.tokens.Colour;

/** WCAG 2.x relative luminance and contrast ratio (https://www.w3.org/TR/WCAG22/#dfn-contrast-ratio). */
public final class Contrast {

    /** Normal text (success criterion 1.4.3). */
    public static final double TEXT = 4.5;
    /** Large text, and user-interface components and focus indicators (1.4.3, 1.4.11). */
    public static final double LARGE_TEXT_AND_UI = 3.0;

    private Contrast() {
    }

    public static double luminance(Colour colour) {
        return 0.2126 * linear(colour.red()) + 0.7152 * linear(colour.green()) + 0.0722 * linear(colour.blue());
    }

    /** From 1 (same luminance) to 21 (black on white); the order of the two colours does not matter. */
    public static double ratio(Colour a, Colour b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /**
     * The colour closest to {@code foreground} (the least mixed towards black or white) that reaches {@code minimum}
     * against {@code background}; the foreground itself when it already does.
     */
    public static Colour nearestPassing(Colour foreground, Colour background, double minimum) {
        if (ratio(foreground, background) >= minimum) {
            return foreground;
        }
        Colour towardsBlack = closest(foreground, Colour.of(0, 0, 0), background, minimum);
        Colour towardsWhite = closest(foreground, Colour.of(255, 255, 255), background, minimum);
        if (towardsBlack == null) {
            return towardsWhite;
        }
        if (towardsWhite == null) {
            return towardsBlack;
        }
        return distance(foreground, towardsBlack) <= distance(foreground, towardsWhite) ? towardsBlack : towardsWhite;
    }

    private static Colour closest(Colour from, Colour extreme, Colour background, double minimum) {
        if (ratio(extreme, background) < minimum) {
            return null;
        }
        double low = 0;
        double high = 1;
        for (int i = 0; i < 20; i++) {
            double mid = (low + high) / 2;
            if (ratio(from.mix(extreme, mid), background) >= minimum) {
                high = mid;
            } else {
                low = mid;
            }
        }
        Colour found = from.mix(extreme, high);
        // Rounding to whole channel values can land just below the line; step on until it passes.
        for (double t = high; ratio(found, background) < minimum && t <= 1; t += 0.002) {
            found = from.mix(extreme, t);
        }
        return ratio(found, background) >= minimum ? found : extreme;
    }

    private static double distance(Colour a, Colour b) {
        int dr = a.red() - b.red();
        int dg = a.green() - b.green();
        int db = a.blue() - b.blue();
        return dr * dr + dg * dg + db * db;
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
