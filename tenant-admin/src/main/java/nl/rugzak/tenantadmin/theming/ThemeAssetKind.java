package nl.rugzak.tenantadmin.theming;

import java.util.Locale;

/** The images of a theme, each with its own limits. */
public enum ThemeAssetKind {
    LOGO(1024 * 1024, true),
    FAVICON(256 * 1024, true),
    HERO(5 * 1024 * 1024, false);

    private final long maxBytes;
    private final boolean svgAllowed;

    ThemeAssetKind(long maxBytes, boolean svgAllowed) {
        this.maxBytes = maxBytes;
        this.svgAllowed = svgAllowed;
    }

    /** The key of the name people see: {@code theming.asset.<name in lower case>}. */
    public String labelKey() {
        return "theming.asset." + name().toLowerCase(Locale.ROOT);
    }

    public long maxBytes() {
        return maxBytes;
    }

    public boolean svgAllowed() {
        return svgAllowed;
    }
}
