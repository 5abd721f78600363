package nl.rugzak.tenantadmin.theming;

/** The images of a theme, each with its own limits. */
public enum ThemeAssetKind {
    LOGO("Logo", 1024 * 1024, true),
    FAVICON("Favicon", 256 * 1024, true),
    HERO("Afbeelding bovenaan de startpagina", 5 * 1024 * 1024, false);

    private final String label;
    private final long maxBytes;
    private final boolean svgAllowed;

    ThemeAssetKind(String label, long maxBytes, boolean svgAllowed) {
        this.label = label;
        this.maxBytes = maxBytes;
        this.svgAllowed = svgAllowed;
    }

    public String label() {
        return label;
    }

    public long maxBytes() {
        return maxBytes;
    }

    public boolean svgAllowed() {
        return svgAllowed;
    }
}
