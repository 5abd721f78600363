package nl.rugzak.tenantadmin.theming;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

import nl.rugzak.themes.tokens.ThemeTokens;

/**
 * One saved state of a tenant's theme: tokens plus the hashes of its images. Versions are never changed once
 * published; a draft is the latest version that was never published.
 */
public record ThemeVersion(int number, ThemeTokens tokens, Map<ThemeAssetKind, String> assets, String savedBy,
                           Instant savedAt, Instant publishedAt) {

    public ThemeVersion {
        assets = assets.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(assets));
    }

    public boolean published() {
        return publishedAt != null;
    }
}
