package nl.rugzak.tenantadmin.theming;

import java.util.Map;

import nl.rugzak.themes.tokens.ThemeTokens;

/** What the editor saves: the tokens and, per image, the hash of an image uploaded before (or none). */
public record ThemeDraft(ThemeTokens tokens, Map<ThemeAssetKind, String> assets) {

    public ThemeDraft {
        assets = Map.copyOf(assets);
    }
}
