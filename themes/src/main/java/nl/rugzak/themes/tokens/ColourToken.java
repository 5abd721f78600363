package nl.rugzak.themes.tokens;

import nl.rugzak.themes.text.TextKey;

/** The colour tokens, with their stored name, their CSS custom property and the key of their label. */
public enum ColourToken {
    PRIMARY("primary"),
    PRIMARY_CONTRAST("primary-contrast"),
    ACCENT("accent"),
    BACKGROUND("background"),
    SURFACE("surface"),
    TEXT("text"),
    LINK("link"),
    FOCUS("focus"),
    ERROR("error"),
    SUCCESS("success");

    private final String key;

    ColourToken(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** The name people see, a key of the {@code themes} text bundle: {@code themes.colour-token.<key>}. */
    public TextKey label() {
        return new TextKey("themes.colour-token." + key);
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
