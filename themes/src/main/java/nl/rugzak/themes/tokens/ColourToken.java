package nl.rugzak.themes.tokens;

/** The colour tokens, with their stored name, their CSS custom property and their Dutch label. */
public enum ColourToken {
    PRIMARY("primary", "Hoofdkleur"),
    PRIMARY_CONTRAST("primary-contrast", "Tekst op hoofdkleur"),
    ACCENT("accent", "Accentkleur"),
    BACKGROUND("background", "Achtergrond"),
    SURFACE("surface", "Vlakken"),
    TEXT("text", "Tekst"),
    LINK("link", "Links"),
    FOCUS("focus", "Focusrand"),
    ERROR("error", "Foutmeldingen"),
    SUCCESS("success", "Succesmeldingen");

    private final String key;
    private final String label;

    ColourToken(String key, String label) {
        this.key = key;
        this.label = label;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public String cssProperty() {
        return "--rugzak-color-" + key;
    }

    public Colour of(ThemeTokens t) {
        return switch (this) {
            case PRIMARY -> t.primary();
            case PRIMARY_CONTRAST -> t.primaryContrast();
            case ACCENT -> t.accent();
            case BACKGROUND -> t.background();
            case SURFACE -> t.surface();
            case TEXT -> t.text();
            case LINK -> t.link();
            case FOCUS -> t.focus();
            case ERROR -> t.error();
            case SUCCESS -> t.success();
        };
    }

    ThemeTokens with(ThemeTokens t, Colour c) {
        return new ThemeTokens(
                this == PRIMARY ? c : t.primary(),
                this == PRIMARY_CONTRAST ? c : t.primaryContrast(),
                this == ACCENT ? c : t.accent(),
                this == BACKGROUND ? c : t.background(),
                this == SURFACE ? c : t.surface(),
                this == TEXT ? c : t.text(),
                this == LINK ? c : t.link(),
                this == FOCUS ? c : t.focus(),
                this == ERROR ? c : t.error(),
                this == SUCCESS ? c : t.success(),
                t.font(), t.baseSizePx(), t.radiusPx());
    }
}
